package dev.cnpolicy.parser.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The rules of {@code shared/tools/score.py}, ported line for line so that the build and the
 * command-line scorer agree: tasks matched in order by number, assignments as (task, department,
 * role) after dropping a leading 省/市, whitespace and brackets, indicators by base value, unit and a
 * shared run of text longer than the number.
 */
public final class CorpusScore {

    /** Counts for one document, in the order score.py prints them. */
    public record Row(String id, int tasksMatched, int tasksGold, int assignmentsMatched, int assignmentsGold,
                      int indicatorsMatched, int indicatorsGold, int tasksExtra, int assignmentsExtra,
                      int indicatorsExtra) {
        /** The row as score.py prints it. */
        public String format() {
            return String.format("  %-45s tasks %d/%d +%d  assignments %d/%d +%d  indicators %d/%d +%d", id,
                    tasksMatched, tasksGold, tasksExtra, assignmentsMatched, assignmentsGold, assignmentsExtra,
                    indicatorsMatched, indicatorsGold, indicatorsExtra);
        }
    }

    private final int[] tasks = new int[3];
    private final int[] assignments = new int[3];
    private final int[] indicators = new int[3];
    private final int[] comparators = new int[2];
    private final List<Row> rows = new ArrayList<>();

    /** Scores one predicted document (its JSON) against its gold. */
    public Row add(String id, JsonNode gold, JsonNode pred) {
        List<JsonNode> ptasks = list(pred.get("tasks"));
        List<JsonNode> gtasks = list(gold.get("tasks"));
        List<JsonNode[]> pairs = new ArrayList<>();
        List<Integer> pairIndex = new ArrayList<>();
        int j = 0;
        for (JsonNode gt : gtasks) {
            Object gn = normNumber(text(gt.get("number")));
            for (int k = j; k < ptasks.size(); k++) {
                if (normNumber(text(ptasks.get(k).get("number"))).equals(gn)) {
                    pairs.add(new JsonNode[] {gt, ptasks.get(k)});
                    pairIndex.add(k);
                    j = k + 1;
                    break;
                }
            }
        }
        int npredT = ptasks.size();
        int last = pairIndex.stream().mapToInt(Integer::intValue).max().orElse(-1);
        JsonNode cutPred = null;
        if (gold.path("cutAtEnd").asBoolean(false) && npredT - 1 > last) {
            npredT--;
            cutPred = ptasks.get(ptasks.size() - 1);
        }
        tasks[0] += pairs.size();
        tasks[1] += npredT;
        tasks[2] += gtasks.size();

        Map<JsonNode, Integer> index = new IdentityHashMap<>();
        Set<List<Object>> goldAs = new HashSet<>();
        for (int i = 0; i < gtasks.size(); i++) {
            index.put(gtasks.get(i), i);
            for (String[] role : new String[][] {{"LEAD", "lead"}, {"SUPPORT", "support"}, {"RESPONSIBLE", "responsible"}}) {
                for (JsonNode d : list(gtasks.get(i).get(role[1]))) {
                    goldAs.add(List.of(i, normDept(d.asString()), role[0]));
                }
            }
        }
        Set<List<Object>> predAs = new HashSet<>();
        for (JsonNode[] pair : pairs) {
            for (JsonNode a : assignmentsOf(pair[1])) {
                predAs.add(List.of(index.get(pair[0]), normDept(text(a.path("department").get("name"))),
                        text(a.get("role"))));
            }
        }
        int npredAs = 0;
        for (JsonNode pt : ptasks) {
            if (pt != cutPred) {
                npredAs += assignmentsOf(pt).size();
            }
        }
        Set<List<Object>> tpAs = new HashSet<>(goldAs);
        tpAs.retainAll(predAs);
        assignments[0] += tpAs.size();
        assignments[1] += npredAs;
        assignments[2] += goldAs.size();

        List<JsonNode> gind = list(gold.get("indicators"));
        List<JsonNode> pind = list(pred.get("indicators"));
        Set<Integer> used = new HashSet<>();
        int tpI = 0;
        int missedOptional = 0;
        for (JsonNode gi : gind) {
            if (gi.get("value") == null || gi.get("value").isNull()) {
                continue;
            }
            double gv = scaled(gi.get("value").asDouble(), text(gi.get("unit")));
            String gu = baseUnit(text(gi.get("unit")));
            int best = -1;
            int bestOverlap = -1;
            for (int k = 0; k < pind.size(); k++) {
                JsonNode pi = pind.get(k);
                if (used.contains(k) || pi.get("value") == null || pi.get("value").isNull()) {
                    continue;
                }
                double pv = scaled(pi.get("value").asDouble(), text(pi.get("unit")));
                String pu = baseUnit(text(pi.get("unit")));
                if (Math.abs(pv - gv) < 1e-6 * Math.max(1, Math.abs(gv)) && pu.equals(gu)) {
                    int ov = commonRun(text(pi.get("text")), text(gi.get("textContains")));
                    if (ov > pythonNumber(gi.get("value")).length() + 1 && ov > bestOverlap) {
                        best = k;
                        bestOverlap = ov;
                    }
                }
            }
            if (best >= 0) {
                used.add(best);
                tpI++;
                if (!text(gi.get("comparator")).isEmpty()) {
                    comparators[1]++;
                    if (text(pind.get(best).get("comparator")).equals(text(gi.get("comparator")))) {
                        comparators[0]++;
                    }
                }
            } else if (gi.path("optional").asBoolean(false)) {
                missedOptional++;
            }
        }
        int npredI = gold.path("indicatorsExhaustive").asBoolean(true) ? pind.size() : tpI;
        indicators[0] += tpI;
        indicators[1] += npredI;
        indicators[2] += gind.size() - missedOptional;
        Row row = new Row(id, pairs.size(), gtasks.size(), tpAs.size(), goldAs.size(), tpI, gind.size(),
                npredT - pairs.size(), npredAs - tpAs.size(), npredI - tpI);
        rows.add(row);
        return row;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public double tasksF1() {
        return f1(tasks);
    }

    public double assignmentsF1() {
        return f1(assignments);
    }

    public double indicatorsF1() {
        return f1(indicators);
    }

    /** Share of matched indicators with the gold's comparator; 1 when none was compared. */
    public double comparatorAccuracy() {
        return comparators[1] == 0 ? 1.0 : (double) comparators[0] / comparators[1];
    }

    /** The closing lines of score.py. */
    public String summary() {
        return String.format("  counts (tp, predicted, gold): tasks %s, assignments %s, indicators %s%n"
                        + "score: tasks F1 %.2f, assignments F1 %.2f, indicators F1 %.2f, comparator acc %.2f",
                List.of(tasks[0], tasks[1], tasks[2]), List.of(assignments[0], assignments[1], assignments[2]),
                List.of(indicators[0], indicators[1], indicators[2]), tasksF1(), assignmentsF1(), indicatorsF1(),
                comparatorAccuracy());
    }

    private static double f1(int[] c) {
        int tp = c[0];
        int npred = c[1];
        int ngold = c[2];
        double p = npred > 0 ? (double) tp / npred : (ngold == 0 ? 1.0 : 0.0);
        double r = ngold > 0 ? (double) tp / ngold : 1.0;
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static List<JsonNode> assignmentsOf(JsonNode task) {
        JsonNode resp = task.get("responsibility");
        return resp == null || resp.isNull() ? List.of() : list(resp.get("assignments"));
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isString() ? node.asString() : pythonNumber(node);
    }

    /** How Python's {@code str()} writes a JSON number: 13 for an integer, 4.5 for a double. */
    private static String pythonNumber(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asString();
        }
        if (node.isNumber()) {
            return Double.toString(node.asDouble());
        }
        return node.asString();
    }

    private static double scaled(double v, String unit) {
        if (unit.length() > 1 && unit.startsWith("万")) {
            return v * 1e4;
        }
        if (unit.length() > 1 && unit.startsWith("亿")) {
            return v * 1e8;
        }
        return v;
    }

    private static String baseUnit(String unit) {
        return unit.length() > 1 && (unit.startsWith("万") || unit.startsWith("亿")) ? unit.substring(1) : unit;
    }

    private static final String CN = "〇零一二两三四五六七八九";
    private static final int[] CN_VALUE = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};

    static Object normNumber(String n) {
        String s = Objects.requireNonNullElse(n, "").replaceAll("(?U)[（）()\\.、．\\s第条]", "");
        Integer v = cnInt(s);
        return v != null ? v : s;
    }

    private static Integer cnInt(String s) {
        s = s.strip();
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(s);
        }
        if (s.isEmpty() || s.chars().anyMatch(c -> CN.indexOf(c) < 0 && c != '十' && c != '百')) {
            return null;
        }
        int total = 0;
        int cur = 0;
        for (char c : s.toCharArray()) {
            if (c == '十') {
                total += (cur == 0 ? 1 : cur) * 10;
                cur = 0;
            } else if (c == '百') {
                total += (cur == 0 ? 1 : cur) * 100;
                cur = 0;
            } else {
                cur = CN_VALUE[CN.indexOf(c)];
            }
        }
        return total + cur;
    }

    static String normDept(String d) {
        return Objects.requireNonNullElse(d, "").replaceAll("(?U)[\\s（）()]", "").replaceFirst("^(省|市)", "");
    }

    private static int commonRun(String a, String b) {
        int[] bc = b.codePoints().toArray();
        int best = 0;
        int[] prev = new int[bc.length + 1];
        for (int ca : a.codePoints().toArray()) {
            int[] cur = new int[bc.length + 1];
            for (int k = 1; k <= bc.length; k++) {
                if (ca == bc[k - 1]) {
                    cur[k] = prev[k - 1] + 1;
                    best = Math.max(best, cur[k]);
                }
            }
            prev = cur;
        }
        return best;
    }
}
