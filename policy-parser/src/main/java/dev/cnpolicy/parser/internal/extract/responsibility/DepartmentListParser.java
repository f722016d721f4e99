package dev.cnpolicy.parser.internal.extract.responsibility;

import dev.cnpolicy.parser.internal.text.Brackets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list of departments written with {@code 、} into canonical names, distributing what the
 * items share: a leading level ({@code 省工商局、知识产权局} → {@code 省工商局}, {@code 省知识产权局}),
 * never onto names that carry their own level ({@code 国家金融监督管理总局黑龙江监管局},
 * {@code 杭州海关}) or onto units inside a body ({@code …处}); and a trailing organisation word
 * ({@code 南京、苏州、无锡保护中心} → three {@code …保护中心}; {@code 各市、高新示范区局} →
 * {@code 各市局}, {@code 高新示范区局}); and a leading {@code 各} onto bare level words
 * ({@code 各市、州、县人民政府} → {@code 各市人民政府}, {@code 各州人民政府}, {@code 各县人民政府}).
 */
public final class DepartmentListParser {

    /** A department as written and as named. */
    public record Named(String name, String asWritten) {
    }

    private static final String PLACE_LEVELS = "省市县区州盟旗";

    /**
     * A zone named by its place, which carries its own level: matches {@code 济源示范区管委会},
     * {@code 郑州航空港经济综合实验区管委会}'s {@code 郑州航空港…实验区}; rejects {@code 示范区管委会} (no place).
     */
    static final java.util.regex.Pattern NAMED_ZONE = java.util.regex.Pattern.compile(
            "[\\u4e00-\\u9fa5]{2,6}?(?:经济技术开发区|高新技术产业开发区|开发区|高新区|示范区|新区|自贸区|试验区|实验区)");

    /** Words a group of places is made of: levels, townships, streets, and 级 of 县级市. */
    private static final String PLACE_WORDS = PLACE_LEVELS + "乡镇街道地级";

    /** The word that makes a list collective ({@code 各市、县}); it carries to bare level words after it. */
    private static final String EACH = "各";

    private final DepartmentVocabulary vocabulary = DepartmentVocabulary.get();

    /** The departments of {@code list}; items that are empty after trimming are dropped. */
    public List<Named> parse(String list) {
        return parse(list, null);
    }

    /**
     * The departments of {@code list}, where {@code inheritedLevel} is the level part an earlier
     * list of the same clause shared ({@code 省} in {@code 省发展改革委牵头，财政厅配合}).
     */
    public List<Named> parse(String list, String inheritedLevel) {
        List<String> items = new ArrayList<>();
        for (String item : Brackets.splitTopLevel(list, "、")) {
            for (String joined : splitJoined(trimItem(item))) {
                String t = trimItem(joined);
                if (!t.isEmpty()) {
                    items.add(t);
                }
            }
        }
        List<Named> out = new ArrayList<>(items.size());
        String sharedSuffix = sharedSuffix(items);
        String sharedPrefix = items.isEmpty() ? null : levelPart(items.get(0));
        if (sharedPrefix == null) {
            sharedPrefix = inheritedLevel;
        }
        for (int i = 0; i < items.size(); i++) {
            String written = items.get(i);
            String name = written;
            if (sharedSuffix != null && i < items.size() - 1) {
                name = name + sharedSuffix;
            }
            boolean ownPrefix = i == 0 && levelPart(written) != null;
            if (!ownPrefix && sharedPrefix != null && !hasOwnLevel(name)) {
                name = sharedPrefix + name;
            }
            String place = i == items.size() - 1 && sharedSuffix != null
                    ? written.substring(0, Math.max(0, written.length() - sharedSuffix.length())) : written;
            String firstPlace = placeBeforeBody(items.get(0));
            if (i > 0 && firstPlace != null && vocabulary.isGovernmentBody(written)
                    && written.length() == bodyWordLength(written)) {
                name = firstPlace + name; // 各乡镇党委、政府 → 各乡镇党委, 各乡镇政府
            }
            if (i > 0 && items.get(0).startsWith(EACH) && isLevelOnly(place) && !name.startsWith(EACH)) {
                name = EACH + name; // 各县、区人民政府 → 各县人民政府, 各区人民政府
            }
            out.add(new Named(name, written));
        }
        return out;
    }

    /**
     * Splits an item at a joining word ({@code 和}, {@code 及}, {@code 以及}, {@code 与}, after an
     * optional {@code 等}) where the words before it already name a body or a group of places:
     * {@code 全国总工会等和各省级人民政府} → two names, {@code 体育总局等国务院相关部门} → two names, {@code 各市州及县市区政府} → {@code 各市州},
     * {@code 县市区政府}; never inside a name that contains the word ({@code 文化和旅游部},
     * {@code 中央和国家机关工委}, {@code 人力资源和社会保障厅}).
     */
    List<String> splitJoined(String item) {
        for (int i = 1; i < item.length() - 1; i++) {
            int width = joinerAt(item, i);
            if (width == 0) {
                continue;
            }
            String left = trimItem(item.substring(0, i));
            String right = item.substring(i + width).strip();
            String nextItem = right.split("以及|[和及与]", 2)[0];
            if (!right.isEmpty() && !nextItem.equals(vocabulary.suffixOf(nextItem)) // 相关部门和单位 stays one
                    && (looksLikeDepartment(left) || isPlaceGroup(left))) {
                List<String> out = new ArrayList<>();
                out.add(left);
                out.addAll(splitJoined(right));
                return out;
            }
        }
        return List.of(item);
    }

    private int joinerAt(String s, int i) {
        if (s.startsWith("以及", i)) {
            return 2;
        }
        char c = s.charAt(i);
        if (c == '等') { // 体育总局等国务院相关部门: the group after 等 is named too
            String rest = s.substring(i + 1);
            return rest.length() >= 4 && "和及与以".indexOf(rest.charAt(0)) < 0 && vocabulary.isCollective(rest) ? 1 : 0;
        }
        return c == '和' || c == '及' || c == '与' ? 1 : 0;
    }

    /** Whether {@code s} is a group of places with no body word: {@code 各市州}, {@code 各县（市、区）}. */
    private static boolean isPlaceGroup(String s) {
        return s.startsWith(EACH) && isLevelOnly(s.substring(EACH.length()).replaceAll("[（）()、]", ""));
    }

    /** Whether {@code name} ends like an organisation, names a group, or names places as bodies. */
    public boolean looksLikeDepartment(String name) {
        return vocabulary.suffixOf(name) != null || vocabulary.isCollective(name) && name.length() >= 3
                || isPlaceBody(name);
    }

    /**
     * Places standing for their governments in a clause: a group ({@code 各区}, {@code 各县市区},
     * {@code 各乡镇}, {@code 县级市}) or one named place ({@code 东湖区}, {@code 昆山市}).
     */
    static boolean isPlaceBody(String name) {
        String t = name.startsWith(EACH) ? name.substring(EACH.length()) : name;
        if (t.isEmpty() || t.length() > 6) {
            return false;
        }
        if (t.chars().allMatch(c -> PLACE_WORDS.indexOf(c) >= 0)) {
            return name.startsWith(EACH) || t.contains("级");
        }
        char last = t.charAt(t.length() - 1);
        return !name.startsWith(EACH) && t.length() >= 3 && t.length() <= 4 && "区县市旗".indexOf(last) >= 0
                && PLACE_WORDS.indexOf(t.charAt(0)) < 0 && t.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private String sharedSuffix(List<String> items) {
        if (items.size() < 2) {
            return null;
        }
        String written = items.get(items.size() - 1);
        String last = DepartmentVocabulary.withoutTrailingNote(written);
        String note = written.substring(last.length());
        if (vocabulary.suffixOf(last) == null) {
            return null;
        }
        for (int i = 0; i < items.size() - 1; i++) {
            String item = items.get(i);
            if (vocabulary.suffixOf(item) != null || item.length() > 6) {
                return null;
            }
        }
        int placeEnd = -1;
        String orgSuffix = vocabulary.suffixOf(last);
        if (last.length() - orgSuffix.length() <= EACH.length()) {
            return null; // 各地区、各部门: a bare 各 and a body word is a whole group, not a shared word
        }
        for (int i = 1; i < last.length() - orgSuffix.length(); i++) {
            if (PLACE_LEVELS.indexOf(last.charAt(i)) >= 0) {
                placeEnd = i + 1;
            }
        }
        int sameLength = bareItemsLength(items);
        if (sameLength > 0 && sameLength < last.length() - orgSuffix.length()) {
            placeEnd = sameLength; // 临汾、侯马、洪洞经济开发区管委会: each place is as long as the others
        }
        String level = vocabulary.levelPrefixOf(last);
        if (placeEnd < 0 && level != null) {
            placeEnd = level.length(); // 各县、区人民政府 → 各县人民政府, 区人民政府
        }
        if (placeEnd < 0) {
            placeEnd = Math.min(items.get(items.size() - 2).length(), last.length() - orgSuffix.length());
        }
        String suffix = last.substring(placeEnd) + note;
        return suffix.isEmpty() ? null : suffix;
    }

    /**
     * The length that all items but the last share when they are bare place names with no level
     * word ({@code 临汾、侯马、洪洞…} → 2), else 0.
     */
    private static int bareItemsLength(List<String> items) {
        int length = items.get(0).length();
        for (int i = 0; i < items.size() - 1; i++) {
            String item = items.get(i);
            if (item.length() != length) {
                return 0;
            }
            for (int k = 0; k < item.length(); k++) {
                if (PLACE_LEVELS.indexOf(item.charAt(k)) >= 0 || item.charAt(k) == EACH.charAt(0)) {
                    return 0;
                }
            }
        }
        return length;
    }

    /** The leading level part a list can share: {@code 省}, {@code 市}, or a place with its level, {@code 贵州省}. */
    String levelPart(String first) {
        String level = vocabulary.levelPrefixOf(first);
        if (level != null && first.length() > level.length()) {
            return level;
        }
        String region = vocabulary.regionIn(first);
        if (region != null && first.startsWith(region)) {
            String full = vocabulary.fullRegionName(region);
            if (first.startsWith(full) && first.length() > full.length()) {
                return full;
            }
        }
        return null;
    }

    private boolean hasOwnLevel(String name) {
        if (vocabulary.levelPrefixOf(name) != null || vocabulary.isNational(name) || vocabulary.isCollective(name)
                || vocabulary.regionIn(name) != null || vocabulary.isInternalUnit(name)
                || NAMED_ZONE.matcher(name).lookingAt()) {
            return true;
        }
        for (int i = 1; i <= Math.min(5, name.length() - 2); i++) {
            char c = name.charAt(i);
            // 哈尔滨市财政局, 大连市知识产权局; at the second char only 州 (兰州新区管委会), since
            // 城市管理局 or 社区服务中心 start with no place
            boolean level = i == 1 ? c == '州' : "省市县州".indexOf(c) >= 0;
            if (level && vocabulary.suffixOf(name.substring(i + 1)) != null) {
                return true;
            }
        }
        return false;
    }

    /** The place before a government or party body word: {@code 各乡镇党委} → {@code 各乡镇}; else {@code null}. */
    private String placeBeforeBody(String first) {
        for (int i = 1; i < first.length(); i++) {
            String rest = first.substring(i);
            if (vocabulary.isGovernmentBody(rest) && rest.length() == bodyWordLength(rest)) {
                return first.substring(0, i);
            }
        }
        return null;
    }

    /** The length of the body word {@code s} starts with: 党委 → 2, 人民政府 → 4, 0 when none. */
    private int bodyWordLength(String s) {
        String word = vocabulary.governmentBodyPrefix(s);
        return word == null ? 0 : word.length();
    }

    /** Whether {@code place} is only level words: {@code 区}, {@code 县（市）}, {@code 州}. */
    private static boolean isLevelOnly(String place) {
        String t = DepartmentVocabulary.withoutTrailingNote(place);
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (PLACE_WORDS.indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String trimItem(String item) {
        String t = item.strip();
        while (t.endsWith("等") || t.endsWith("。")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
