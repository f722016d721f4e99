package dev.cnpolicy.parser.internal.extract;

import dev.cnpolicy.model.DocumentNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Document numbers (文号) such as {@code 黔知办发〔2023〕11号}, {@code 国发[2015]71号}, {@code 温政办（2022）73号}. */
final class DocumentNumbers {

    /**
     * Issuer code, bracketed year, serial and 号: matches {@code 国知发管函字〔2015〕222号},
     * {@code 国发[2022]2号}, {@code 温政办〔2022〕 73号}; rejects {@code （2023—2025年）} and {@code 2023年11号}.
     */
    static final Pattern NUMBER = Pattern.compile(
            "([\\u4e00-\\u9fa5]{1,10})\\s?[〔\\[［(（【]((?:19|20)\\d\\d)[〕\\]］)）】]\\s?第?(\\d{1,5})\\s?号");

    /** Words that can stand glued before an issuer code in prose: 紧紧抓住国发〔2022〕2号 → 国发. */
    private static final String[] LEADING_WORDS = {
        "抓住", "落实", "贯彻", "执行", "参照", "依照", "按照", "根据", "依据", "印发", "转发", "关于", "对照", "对标",
        "结合", "实施", "文件", "精神", "通知", "要求", "和", "及", "与"};

    private DocumentNumbers() {
    }

    /** The number a {@link #NUMBER} match found; the issuer code loses words glued before it. */
    static DocumentNumber parse(Matcher m) {
        String code = m.group(1);
        int cut = 0;
        for (String word : LEADING_WORDS) {
            int at = code.lastIndexOf(word);
            if (at >= 0 && at + word.length() < code.length() - 1) {
                cut = Math.max(cut, at + word.length());
            }
        }
        code = code.substring(cut);
        int year = Integer.parseInt(m.group(2));
        int serial = Integer.parseInt(m.group(3));
        String text = code + "〔" + year + "〕" + serial + "号";
        return new DocumentNumber(text, code, year, serial > 0 ? serial : null);
    }
}
