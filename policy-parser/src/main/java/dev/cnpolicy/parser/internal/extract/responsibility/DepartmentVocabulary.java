package dev.cnpolicy.parser.internal.extract.responsibility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words department names are made of, read once from {@code department-vocabulary.tsv}:
 * organisation suffixes, level words, national and collective markers, internal-unit suffixes
 * province-level region names and prefecture-level city names. Immutable and thread-safe.
 */
public final class DepartmentVocabulary {

    /** The kinds of entry in the table. */
    enum Type { SUFFIX, LEVEL, NOT_LEVEL, NATIONAL, NATIONAL_SUFFIX, NATIONAL_BRANCH, COLLECTIVE, COLLECTIVE_INFIX, INTERNAL, GOVERNMENT, REGION, CITY }

    private static final DepartmentVocabulary INSTANCE = load();

    private final Map<Type, List<String>> words;
    /** The words of each type by their first character, for prefix look-ups. */
    private final Map<Type, Map<Character, List<String>>> byFirst = new EnumMap<>(Type.class);
    /** The words of each type by their last character, for suffix look-ups. */
    private final Map<Type, Map<Character, List<String>>> byLast = new EnumMap<>(Type.class);
    private final Map<String, String> regions;
    /** Prefecture-level city short names and their provinces' short names: 沈阳 → 辽宁. */
    private final Map<String, String> cities;

    private DepartmentVocabulary(Map<Type, List<String>> words, Map<String, String> regions, Map<String, String> cities) {
        this.words = words;
        this.regions = regions;
        this.cities = cities;
        for (Map.Entry<Type, List<String>> e : words.entrySet()) {
            Map<Character, List<String>> first = new HashMap<>();
            Map<Character, List<String>> last = new HashMap<>();
            for (String word : e.getValue()) {
                first.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
                last.computeIfAbsent(word.charAt(word.length() - 1), c -> new ArrayList<>()).add(word);
            }
            byFirst.put(e.getKey(), first);
            byLast.put(e.getKey(), last);
        }
    }

    public static DepartmentVocabulary get() {
        return INSTANCE;
    }

    /** The longest organisation suffix {@code name} ends with, or {@code null}. */
    public String suffixOf(String name) {
        return longest(Type.SUFFIX, withoutTrailingNote(name), false);
    }

    /** The name without a trailing bracketed note: {@code 区人民政府（管委会）} → {@code 区人民政府}. */
    public static String withoutTrailingNote(String name) {
        if (!name.endsWith("）") && !name.endsWith(")")) {
            return name;
        }
        int open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
        return open > 0 ? name.substring(0, open) : name;
    }

    /** The level word {@code name} starts with ({@code 省}, {@code 自治区}, {@code 市}…), or {@code null}. */
    public String levelPrefixOf(String name) {
        return longest(Type.NOT_LEVEL, name, true) != null ? null : longest(Type.LEVEL, name, true);
    }

    /** The level word {@code name} ends with ({@code 河池市} → {@code 市}), or {@code null}. */
    public String levelSuffixOf(String name) {
        return longest(Type.LEVEL, name, false);
    }

    public boolean isNational(String name) {
        return longest(Type.NATIONAL, name, true) != null || longest(Type.NATIONAL_SUFFIX, name, false) != null
                || longest(Type.NATIONAL_BRANCH, name, false) != null && (regionIn(name) != null || cityAt(name) != null);
    }

    /** The province short name of a prefecture-level city: 沈阳 → 辽宁, or {@code null}. */
    public String provinceOfCity(String city) {
        return cities.get(city);
    }

    /**
     * The prefecture-level city short name {@code name} starts with, where the rest is not a level of
     * its own ({@code 沈阳局}, {@code 沈阳市财政局} → {@code 沈阳}; {@code 朝阳区政府} → {@code null}), or {@code null}.
     */
    public String cityAt(String name) {
        for (int length = 2; length <= Math.min(4, name.length() - 1); length++) {
            String city = name.substring(0, length);
            if (cities.containsKey(city)) {
                char next = name.charAt(length);
                return next == '区' || next == '县' || next == '旗' || next == '州' ? null : city;
            }
        }
        return null;
    }

    public boolean isCollective(String name) {
        if (longest(Type.COLLECTIVE, name, true) != null) {
            return true;
        }
        for (String infix : words.get(Type.COLLECTIVE_INFIX)) {
            if (name.contains(infix)) {
                return true;
            }
        }
        return false;
    }

    public boolean isInternalUnit(String name) {
        return longest(Type.INTERNAL, name, false) != null && levelPrefixOf(name) == null && regionIn(name) == null;
    }

    /** Whether {@code rest} starts like a government or party body: 人民政府, 政府, 委, 人大… */
    public boolean isGovernmentBody(String rest) {
        return governmentBodyPrefix(rest) != null;
    }

    /** The government or party body word {@code s} starts with ({@code 人民政府}, {@code 党委}), or {@code null}. */
    public String governmentBodyPrefix(String s) {
        return longest(Type.GOVERNMENT, s, true);
    }

    /** The province-level region short name {@code name} contains ({@code 黑龙江}), or {@code null}. */
    public String regionIn(String name) {
        String found = null;
        for (String region : regions.keySet()) {
            if (name.contains(region) && (found == null || region.length() > found.length())) {
                found = region;
            }
        }
        return found;
    }

    /** Full name of a province-level region: {@code 黑龙江} → {@code 黑龙江省}. */
    public String fullRegionName(String shortName) {
        return regions.get(shortName);
    }

    /** Every province-level short name, longest first. */
    public List<String> regionShortNames() {
        List<String> out = new ArrayList<>(regions.keySet());
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    private String longest(Type type, String name, boolean prefix) {
        if (name.isEmpty()) {
            return null;
        }
        List<String> candidates = prefix ? byFirst.get(type).get(name.charAt(0))
                : byLast.get(type).get(name.charAt(name.length() - 1));
        if (candidates == null) {
            return null;
        }
        String found = null;
        for (String word : candidates) {
            boolean hit = prefix ? name.startsWith(word) : name.endsWith(word);
            if (hit && (found == null || word.length() > found.length())) {
                found = word;
            }
        }
        return found;
    }

    private static DepartmentVocabulary load() {
        Map<Type, List<String>> words = new EnumMap<>(Type.class);
        for (Type t : Type.values()) {
            words.put(t, new ArrayList<>());
        }
        Map<String, String> regions = new LinkedHashMap<>();
        Map<String, String> cities = new HashMap<>();
        try (InputStream in = DepartmentVocabulary.class.getResourceAsStream("department-vocabulary.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource department-vocabulary.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Type type = Type.valueOf(cells[0]);
                if (type == Type.REGION) {
                    regions.put(cells[1], cells[2]);
                } else if (type == Type.CITY) {
                    cities.put(cells[1], cells[2]);
                } else {
                    words.get(type).add(cells[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.replaceAll((t, list) -> List.copyOf(list));
        return new DepartmentVocabulary(words, regions, Map.copyOf(cities));
    }
}
