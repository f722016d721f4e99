package dev.cnpolicy.parser.internal.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The measure words a quantity may carry, read from {@code units.tsv} (one unit a line, with a
 * comment), as a regex alternation, longest first, for the one quantity pattern that uses them.
 */
public final class Units {

    /** Units that must not be read when a longer word starts with them: 个人, 部门, 部署, 部委. */
    private static final Map<String, String> GUARDED = Map.of("个", "个(?!人)", "部", "部(?!门|署|委)");

    private static final List<String> UNITS = load();

    /**
     * The multipliers a unit may carry, longest first, as a regex alternation: {@code 85万件},
     * {@code 5.5万亿元}, {@code 亿斤}. {@link ChineseNumerals#multiplierSuffix} gives their values.
     */
    public static final String MULTIPLIER = "万亿|千万|百万|十万|万|亿";

    private Units() {
    }

    /** Every unit, longest first. */
    public static List<String> all() {
        return UNITS;
    }

    /** The units as a regex alternation, longest first, with guards for words that only start like a unit. */
    public static String alternation() {
        StringBuilder out = new StringBuilder();
        for (String unit : UNITS) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            out.append(GUARDED.getOrDefault(unit, Pattern.quote(unit)));
        }
        return out.toString();
    }

    private static List<String> load() {
        List<String> units = new ArrayList<>();
        try (InputStream in = Units.class.getResourceAsStream("units.tsv")) {
            if (in == null) {
                throw new IllegalStateException("units.tsv is missing from the parser's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                units.add((tab < 0 ? line : line.substring(0, tab)).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read units.tsv", e);
        }
        units.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(units);
    }
}
