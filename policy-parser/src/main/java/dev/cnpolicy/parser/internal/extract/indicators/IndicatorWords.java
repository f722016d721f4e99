package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.model.Comparator;
import dev.cnpolicy.model.IndicatorKind;
import java.util.List;
import java.util.Map;

/**
 * The words around a number that say how it bounds its metric and what kind of quantity it is.
 * Chinese drafting convention: 以上, 以下, 以内, 不低于 and 不超过 include the number; 超过, 高于,
 * 低于 and 不满 exclude it.
 */
final class IndicatorWords {

    /** Words right before the number, longest first. */
    static final List<Map.Entry<String, Comparator>> BEFORE = List.of(
            Map.entry("不低于", Comparator.AT_LEAST),
            Map.entry("不少于", Comparator.AT_LEAST),
            Map.entry("不小于", Comparator.AT_LEAST),
            Map.entry("至少", Comparator.AT_LEAST),
            Map.entry("不超过", Comparator.AT_MOST),
            Map.entry("不高于", Comparator.AT_MOST),
            Map.entry("不大于", Comparator.AT_MOST),
            Map.entry("最多", Comparator.AT_MOST),
            Map.entry("超过", Comparator.MORE_THAN),
            Map.entry("高于", Comparator.MORE_THAN),
            Map.entry("大于", Comparator.MORE_THAN),
            Map.entry("多于", Comparator.MORE_THAN),
            Map.entry("突破", Comparator.MORE_THAN),
            Map.entry("低于", Comparator.LESS_THAN),
            Map.entry("少于", Comparator.LESS_THAN),
            Map.entry("小于", Comparator.LESS_THAN),
            Map.entry("不满", Comparator.LESS_THAN),
            Map.entry("不足", Comparator.LESS_THAN),
            Map.entry("大约", Comparator.APPROXIMATELY),
            Map.entry("约", Comparator.APPROXIMATELY),
            Map.entry("近", Comparator.APPROXIMATELY),
            Map.entry("保持在", Comparator.EXACTLY),
            Map.entry("稳定在", Comparator.EXACTLY),
            Map.entry("控制在", Comparator.EXACTLY),
            Map.entry("提升至", Comparator.EXACTLY),
            Map.entry("提高到", Comparator.EXACTLY),
            Map.entry("提高至", Comparator.EXACTLY),
            Map.entry("达到", Comparator.EXACTLY),
            Map.entry("达", Comparator.EXACTLY),
            Map.entry("为", Comparator.EXACTLY),
            Map.entry("到", Comparator.EXACTLY),      // 下降到4.0‰: the kind word before it stays
            Map.entry("至", Comparator.EXACTLY));     // 压缩至3个工作日以内

    /** Words before the number (after any comparator is removed) that give the kind. */
    static final List<Map.Entry<String, IndicatorKind>> KIND_BEFORE = List.of(
            Map.entry("年均增长", IndicatorKind.GROWTH_RATE),
            Map.entry("年平均增长", IndicatorKind.GROWTH_RATE),
            Map.entry("同比增长", IndicatorKind.GROWTH_RATE),
            Map.entry("增长", IndicatorKind.GROWTH_RATE),
            Map.entry("增幅", IndicatorKind.GROWTH_RATE),
            Map.entry("下降", IndicatorKind.DECREASE),
            Map.entry("降低", IndicatorKind.DECREASE),
            Map.entry("减少", IndicatorKind.DECREASE),
            Map.entry("压缩", IndicatorKind.DECREASE),
            Map.entry("缩短", IndicatorKind.DECREASE),
            Map.entry("削减", IndicatorKind.DECREASE),
            Map.entry("新增", IndicatorKind.INCREASE),
            Map.entry("增加", IndicatorKind.INCREASE),
            Map.entry("提高", IndicatorKind.INCREASE),
            Map.entry("提升", IndicatorKind.INCREASE),
            Map.entry("新建", IndicatorKind.INCREASE),
            Map.entry("培育", IndicatorKind.INCREASE),
            Map.entry("建设", IndicatorKind.INCREASE),
            Map.entry("建成", IndicatorKind.INCREASE));

    /** Endings of a metric that make it a share. */
    static final List<String> SHARE_ENDINGS = List.of("比重", "比例", "占比", "覆盖率", "结案率", "达标率", "普及率", "率");

    /** Endings of a metric that make it a growth rate. */
    static final List<String> GROWTH_ENDINGS = List.of("增长率", "增速", "增长幅度");

    /**
     * Endings that make a phrase a measure of its own: {@code 婴儿死亡率、孕产妇死亡率分别…} names two
     * metrics, {@code 二氧化硫、氮氧化物排放量分别…} one.
     */
    static final List<String> MEASURE_WORDS = List.of(
            "排放总量", "排放量", "增加值", "总产量", "死亡率", "覆盖率", "普及率", "达标率", "机械化率", "产量", "总量",
            "浓度", "比重", "比例", "面积", "数量", "指数", "率", "量");

    /** Words before {@code 前} that make a number a place in a ranking: {@code 跃居全省前40位}. */
    static final List<String> RANK_VERBS = List.of("跃居", "进入", "位居", "稳居", "保持", "跻身", "位列", "排名", "居");

    /** Words that open a clause but are not part of the metric. */
    static final List<String> LEADING_NOISE = List.of(
            "力争", "努力", "确保", "争取", "实现", "累计建成", "建成", "推动", "引导并推动", "引导", "支持", "使", "将", "把", "其中", "并", "且", "同时",
            "全年", "每年均", "到期末", "届时", "促进", "鼓励", "带动", "引进", "培养", "培育", "吸引", "遴选", "打造", "认定");

    /** Words that end a metric but are not part of it. */
    static final List<String> TRAILING_NOISE = List.of("年均", "平均", "均", "都", "分别", "累计", "以", "的", "原则上", "力争", "确保");

    /**
     * Verbs right before a count whose object follows it: {@code 协助500家企业上云},
     * {@code 培训2000名乡村医生}; the count is a target and the words after it name what is counted.
     */
    static final List<String> OBJECT_VERBS = List.of(
            "协助", "支持", "帮助", "扶持", "推动", "引导", "带动", "服务", "培训", "培育", "培养", "新增", "新建", "建设",
            "打造", "认定", "创建", "遴选", "引进", "吸引", "覆盖");

    /** How often, before a count verb: {@code 每年新增联网设备5万台}. */
    static final List<String> FREQUENCIES = List.of("每年", "年均", "全年", "累计", "每季度");

    /** Verbs that open a count target ({@code 打造区域公共品牌5个}); the first four make it an increase. */
    static final List<String> COUNT_VERBS = List.of(
            "年均新增", "新增", "增建", "新建", "增加", "打造", "建立", "建设", "建成", "培育", "认定", "引进", "培养", "组建",
            "设立", "创建", "推出", "形成", "发布", "遴选", "培训", "服务", "救助", "帮扶", "实施", "改造", "完成");

    private IndicatorWords() {
    }

    static <T> Map.Entry<String, T> endingIn(String text, List<Map.Entry<String, T>> words) {
        Map.Entry<String, T> best = null;
        for (Map.Entry<String, T> e : words) {
            if (text.endsWith(e.getKey()) && (best == null || e.getKey().length() > best.getKey().length())) {
                best = e;
            }
        }
        return best;
    }

    /** The word of {@code words} that {@code text} ends with, or {@code null}. */
    static String suffixIn(String text, List<String> words) {
        for (String w : words) {
            if (text.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    /** The word of {@code words} that {@code text} starts with, or {@code null}. */
    static String prefixIn(String text, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w)) {
                return w;
            }
        }
        return null;
    }

    static <T> Map.Entry<String, T> startIn(String text, List<Map.Entry<String, T>> words) {
        for (Map.Entry<String, T> e : words) {
            if (text.startsWith(e.getKey())) {
                return e;
            }
        }
        return null;
    }
}
