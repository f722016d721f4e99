package dev.cnpolicy.parser.internal.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list of departments written with {@code 、} into canonical names, distributing what the
 * items share: a leading level ({@code 省工商局、知识产权局} → {@code 省工商局}, {@code 省知识产权局}),
 * never onto names that carry their own level ({@code 国家金融监督管理总局黑龙江监管局},
 * {@code 哈尔滨海关}) or onto units inside a body ({@code …处}); and a trailing organisation word
 * ({@code 辽宁、沈阳、大连保护中心} → three {@code …保护中心}; {@code 各市、沈抚示范区局} →
 * {@code 各市局}, {@code 沈抚示范区局}).
 */
final class DepartmentListParser {

    /** A department as written and as named. */
    record Named(String name, String asWritten) {
    }

    private static final String PLACE_LEVELS = "省市县区州盟旗";

    private final DepartmentVocabulary vocabulary = DepartmentVocabulary.get();

    /** The departments of {@code list}; items that are empty after trimming are dropped. */
    List<Named> parse(String list) {
        return parse(list, null);
    }

    /**
     * The departments of {@code list}, where {@code inheritedLevel} is the level part an earlier
     * list of the same clause shared ({@code 省} in {@code 省发展改革委牵头，财政厅配合}).
     */
    List<Named> parse(String list, String inheritedLevel) {
        List<String> items = new ArrayList<>();
        for (String item : Brackets.splitTopLevel(list, "、")) {
            String t = trimItem(item);
            if (!t.isEmpty()) {
                items.add(t);
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
            out.add(new Named(name, written));
        }
        return out;
    }

    /** Whether {@code name} ends like an organisation or names a group. */
    boolean looksLikeDepartment(String name) {
        return vocabulary.suffixOf(name) != null || vocabulary.isCollective(name) && name.length() >= 3;
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
        for (int i = 1; i < last.length() - orgSuffix.length(); i++) {
            if (PLACE_LEVELS.indexOf(last.charAt(i)) >= 0) {
                placeEnd = i + 1;
            }
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
                || vocabulary.regionIn(name) != null || vocabulary.isInternalUnit(name)) {
            return true;
        }
        for (int i = 2; i <= Math.min(5, name.length() - 2); i++) {
            if ("省市县州".indexOf(name.charAt(i)) >= 0 && vocabulary.suffixOf(name.substring(i + 1)) != null) {
                return true; // 哈尔滨市财政局, 大连市知识产权局
            }
        }
        return false;
    }

    private static String trimItem(String item) {
        String t = item.strip();
        while (t.endsWith("等") || t.endsWith("。")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
