package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.parser.internal.text.Punctuation;
import java.util.List;

/**
 * Numbers with a unit that a plan writes but does not commit to, each a shape of its own:
 * <ul>
 *   <li>a subsidy or award cap: {@code 给予最高不超过200万元奖励}, {@code 一次性补助50万元};</li>
 *   <li>a qualifying threshold: {@code 年营收2000万元以上的企业}, {@code 对集聚4家以上企业的园区};</li>
 *   <li>a label: {@code 5岁以下儿童死亡率}, {@code 60岁以上老年人};</li>
 *   <li>a result already achieved: {@code 已完成新增15家}, {@code 已建成3个}.</li>
 * </ul>
 */
final class NotTargets {

    /**
     * Words right before an amount of money that make it a payment, not a target ({@code 给予50万元},
     * {@code 一次性奖励20万元}); {@code 最高} anywhere in the clause makes it a cap. A level such as
     * {@code 补助经费保持在500万元以上} is still a target: the word is not right before the number.
     */
    private static final List<String> PAYMENT_WORDS = List.of("给予", "奖励", "补助", "补贴", "资助", "奖补", "一次性", "每个", "每家");

    /** Words before a number that say it is already done. */
    private static final List<String> ACHIEVED_WORDS = List.of("已完成", "已建成", "已有", "已达", "已经", "现有", "目前");

    private NotTargets() {
    }

    /**
     * Whether the number {@code start..end} with {@code unit}, in the clause starting at
     * {@code clauseStart} of {@code s}, is no target.
     */
    static boolean excluded(String s, int clauseStart, int start, int end, String unit, String bound) {
        String before = s.substring(clauseStart, start);
        if (unit != null && unit.endsWith("元") && (before.contains("最高") || endsWithAny(before.strip(), PAYMENT_WORDS))) {
            return true;
        }
        if (containsAny(before, ACHIEVED_WORDS)) {
            return true;
        }
        char next = end < s.length() ? s.charAt(end) : '\n';
        if (next == '的') {
            return true; // 年营收2000万元以上的企业
        }
        if (bound != null && isHan(next) && ("以下".equals(bound) || "岁".equals(unit))) {
            return true; // 5岁以下儿童, 60岁以上老年人: a group of people, not a bound
        }
        if (before.stripLeading().startsWith("对")) { // 对集聚4家以上企业的园区给予…: who qualifies
            int clauseEnd = end;
            while (clauseEnd < s.length() && !Punctuation.endsClause(s.charAt(clauseEnd))) {
                clauseEnd++;
            }
            return s.substring(end, clauseEnd).indexOf('的') >= 0;
        }
        return false;
    }

    private static boolean endsWithAny(String text, List<String> words) {
        for (String w : words) {
            if (text.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
