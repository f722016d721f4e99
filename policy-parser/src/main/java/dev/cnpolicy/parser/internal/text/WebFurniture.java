package dev.cnpolicy.parser.internal.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises lines that are web-page furniture rather than document: breadcrumbs, bylines, font
 * switches, share and print links, page metadata tables, and the page numbers of a PDF. Such lines stay in {@code text} (their
 * facts, such as a publish date, are read by the metadata stage) but are no part of the body.
 */
final class WebFurniture {

    /** Labels that open a furniture line, compared with spaces removed. */
    private static final List<String> LABELS = List.of(
            "当前位置", "您的位置", "所在位置", // breadcrumb headers
            "来源：", "来源:", "编辑：", "编辑:", "作者：", "作者:", "责任编辑", "发布时间", "发布日期",
            "浏览次数", "阅读次数", "点击数", "访问量", // bylines and counters
            "日期：", "日期:", "时间：", // bare date lines
            "【字体", "字体：", "字号：", "【打印", "【关闭", "【大", "打印本页", "关闭窗口", "分享到", "扫一扫", // page tools
            "索引号", "信息分类", "发布机构", "生成日期", "文号：", "文号:", "名称：", "名称:", "是否有效", "主题分类",
            "成文日期", "有效性"); // page metadata table cells

    /**
     * A breadcrumb: at least two {@code >} separating short segments, e.g.
     * {@code 中国文化产业网>哈尔滨>产业政策>}; rejects {@code 增长率>5%} (one separator).
     */
    static final Pattern BREADCRUMB = Pattern.compile("^[^。；>＞»]{1,20}([>＞»][^。；>＞»]{0,20}){2,12}$");

    private WebFurniture() {
    }

    static boolean isFurniture(String line) {
        if (line.isEmpty() || line.length() > 120) {
            return false;
        }
        String compact = line.replace(" ", "");
        for (String label : LABELS) {
            if (compact.startsWith(label)) {
                return true;
            }
        }
        if (compact.contains("|") && (compact.contains("索引号") || compact.contains("生成日期")
                || compact.contains("文号") || compact.contains("发布机构"))) {
            return true;
        }
        return BREADCRUMB.matcher(compact).matches() || LineWrapJoiner.PAGE_NUMBER.matcher(line).matches();
    }
}
