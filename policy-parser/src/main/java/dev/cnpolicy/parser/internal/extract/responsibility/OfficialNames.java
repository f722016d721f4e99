package dev.cnpolicy.parser.internal.extract.responsibility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Official full names of departments, read once from {@code department-abbreviations.tsv}: the
 * central bodies by every standard short form ({@code 发改委}, {@code 国家发展改革委} →
 * {@code 国家发展和改革委员会}), and local departments as a place, a subject and a suffix
 * ({@code 省人社厅} in a {@code 黑龙江省} document → {@code 黑龙江省人力资源和社会保障厅}). Immutable and
 * thread-safe.
 */
final class OfficialNames {

    /** The kinds of entry in the table. */
    private enum Type { NATIONAL, STEM, BODY, SUFFIX, PARTY }

    /**
     * An official name found for a department.
     *
     * @param name     the official full name with its place
     * @param national whether it is a central body
     * @param place    the place the name was given, {@code ""} for a central body
     */
    record Official(String name, boolean national, String place) { }

    private static final String PARTY_PREFIX = "中共";
    private static final OfficialNames INSTANCE = load();

    /** Central bodies by the forms that name them in any document. */
    private final Map<String, String> national;
    /** Central bodies by the forms that name them only in a document with no region. */
    private final Map<String, String> central;
    private final Map<Type, Map<String, String>> local;
    private final DepartmentVocabulary vocabulary = DepartmentVocabulary.get();

    private OfficialNames(Map<String, String> national, Map<String, String> central, Map<Type, Map<String, String>> local) {
        this.national = national;
        this.central = central;
        this.local = local;
    }

    static OfficialNames get() {
        return INSTANCE;
    }

    /**
     * The official name of a department, or {@code null} where no full form is known.
     *
     * @param name      the canonical name ({@code 发改委}, {@code 省人社厅})
     * @param qualified the name qualified with the document's region ({@code 黑龙江省人社厅})
     * @param region    the document's region in full, or {@code null} for a central document
     */
    Official resolve(String name, String qualified, String region) {
        String centralBody = centralBody(name, region == null);
        if (centralBody != null) {
            return new Official(centralBody, true, "");
        }
        boolean party = qualified.startsWith(PARTY_PREFIX);
        String unprefixed = party ? qualified.substring(PARTY_PREFIX.length()) : qualified;
        String place = placeAt(unprefixed, region);
        String body = unprefixed.substring(place.length());
        String written = place;
        place = fullPlace(place, region);
        if (body.startsWith("委") && !place.isEmpty()) { // a party committee's department: 省委组织部
            String full = local.get(Type.PARTY).get(body.substring(1));
            return full == null || place.length() < 2 ? null : new Official(PARTY_PREFIX + place + "委" + full, false, place);
        }
        String full = party ? null : localBody(body);
        if (full == null) {
            return null;
        }
        if (written.isEmpty() && region != null && (!body.endsWith("厅") || isProvince(region))) {
            place = region; // a bare 发改委 in a provincial plan is the province's own
        }
        return place.length() < 2 ? null : new Official(place + full, false, place);
    }

    /** The central body a whole name stands for, or {@code null}: 国家发改委 → 国家发展和改革委员会. */
    String centralBody(String name, boolean centralDocument) {
        String found = national.get(name);
        if (found == null && centralDocument) {
            found = central.get(name);
        }
        if (found == null && name.startsWith("国家") && name.length() > 3) { // 国家财政部 from a list's shared 国家
            String rest = name.substring(2);
            found = national.getOrDefault(rest, central.get(rest));
        }
        return found;
    }

    /** The full form of a local department's name without its place, or {@code null}: 人社厅 → 人力资源和社会保障厅. */
    String localBody(String body) {
        String found = local.get(Type.BODY).get(body);
        if (found != null) {
            return found;
        }
        for (int i = body.length() - 1; i >= 1; i--) { // longest subject first
            String stem = local.get(Type.STEM).get(body.substring(0, i));
            String suffix = local.get(Type.SUFFIX).get(body.substring(i));
            if (stem != null && suffix != null) {
                return stem + suffix;
            }
        }
        return null;
    }

    /**
     * The place a name starts with, as written: the document's region, a province's full name, a
     * level word ({@code 省}), a city ({@code 沈阳}, {@code 沈阳市}), a place with its level word
     * ({@code 台山县}) or a province's short name; {@code ""} where there is none.
     */
    private String placeAt(String name, String region) {
        if (region != null && name.startsWith(region)) {
            return region;
        }
        for (String shortName : vocabulary.regionShortNames()) {
            String full = vocabulary.fullRegionName(shortName);
            if (name.startsWith(full)) {
                return full;
            }
        }
        String level = vocabulary.levelPrefixOf(name);
        if (level != null) {
            return level;
        }
        String city = vocabulary.cityAt(name);
        if (city != null) {
            return name.startsWith(city + "市") ? city + "市" : city;
        }
        for (int i = 2; i <= Math.min(5, name.length() - 2); i++) {
            if ("市县区旗州".indexOf(name.charAt(i)) >= 0 && vocabulary.levelPrefixOf(name.substring(i)) != null) {
                return name.substring(0, i + 1);
            }
        }
        String province = vocabulary.regionIn(name);
        return province != null && name.startsWith(province) ? province : "";
    }

    /** A place as an official name writes it: 沈阳 → 沈阳市, 辽宁 → 辽宁省; a bare level word stays. */
    private String fullPlace(String place, String region) {
        if (vocabulary.fullRegionName(place) != null) {
            return vocabulary.fullRegionName(place);
        }
        if (vocabulary.provinceOfCity(place) != null) {
            return place + "市";
        }
        if (place.equals("省") && region != null) { // 省人社厅 in a 哈尔滨市 plan: the city's province
            String city = vocabulary.cityAt(region);
            String province = city == null ? null : vocabulary.provinceOfCity(city);
            return province == null ? place : vocabulary.fullRegionName(province);
        }
        return place;
    }

    private boolean isProvince(String region) {
        return region.endsWith("省") || region.endsWith("自治区");
    }

    private static OfficialNames load() {
        Map<String, String> national = new HashMap<>();
        Map<String, String> central = new HashMap<>();
        Map<Type, Map<String, String>> local = new EnumMap<>(Type.class);
        for (Type t : Type.values()) {
            local.put(t, new HashMap<>());
        }
        String resource = "department-abbreviations.tsv";
        try (InputStream in = OfficialNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Type type = Type.valueOf(cells[0]);
                if (cells.length < (type == Type.NATIONAL ? 5 : 4)) {
                    throw new IllegalStateException(resource + " line " + lineNumber + ": too few cells");
                }
                String full = cells[1];
                Map<String, String> target = type == Type.NATIONAL ? national : local.get(type);
                target.put(full, full);
                putForms(target, cells[2], full);
                if (type == Type.NATIONAL) {
                    putForms(central, cells[3], full);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        local.replaceAll((t, m) -> Map.copyOf(m));
        return new OfficialNames(Map.copyOf(national), Map.copyOf(central), local);
    }

    private static void putForms(Map<String, String> target, String cell, String full) {
        if (cell.equals("-")) {
            return;
        }
        for (String form : cell.split(" ")) {
            target.put(form, full);
        }
    }
}
