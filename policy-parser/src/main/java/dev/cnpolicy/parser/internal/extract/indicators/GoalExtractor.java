package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.model.Goal;
import dev.cnpolicy.model.GoalKind;
import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.parser.internal.numbers.ChineseDates;
import dev.cnpolicy.parser.internal.outline.Outline;
import dev.cnpolicy.parser.internal.outline.OutlineNode;
import dev.cnpolicy.parser.internal.outline.SectionRoles;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds goals: the paragraph under 总体目标 / 发展目标 / 工作目标 is OVERALL; each item under
 * 具体目标 / 主要指标, or listed straight under an overall goal heading, is SPECIFIC. Each goal gets its target year ({@code 到2030年}, else the plan's
 * last year) and the indicators in its text.
 */
public final class GoalExtractor {

    private final IndicatorExtractor indicators;

    public GoalExtractor(IndicatorExtractor indicators) {
        this.indicators = indicators;
    }

    public Goals extract(NormalizedText text, Outline outline, Integer planEndYear) {
        List<Goal> goals = new ArrayList<>();
        NodeIndicators.Builder found = new NodeIndicators.Builder();
        for (OutlineNode node : outline.all()) {
            OutlineNode parent = node.parent();
            if (parent != null && (SectionRoles.isSpecificGoals(parent) || isItemOfOverallGoal(node))) {
                goals.add(goal(text, node, GoalKind.SPECIFIC, node.headingStart(), planEndYear, found));
            } else if (SectionRoles.isOverallGoal(node) && !SectionRoles.isSpecificGoals(node)
                    && node.children().isEmpty()) {
                int start = bodyStart(text, node);
                if (start < text.lineEnd(node.lastLine())) {
                    goals.add(goal(text, node, GoalKind.OVERALL, start, planEndYear, found));
                }
            }
        }
        goals.removeIf(g -> g.text().isBlank() || SectionRoles.containsAny(g.text(), List.of("指导思想")));
        return new Goals(goals, found.build());
    }

    private Goal goal(NormalizedText text, OutlineNode node, GoalKind kind, int start, Integer planEndYear,
                      NodeIndicators.Builder found) {
        int end = text.lineEnd(node.lastLine());
        String body = text.text().substring(start, end).strip();
        Integer year = targetYear(body, planEndYear);
        List<Indicator> mine = indicators.extract(text, start, end, "i" + node.path() + ".", year);
        found.put(node, mine);
        String sectionId = "s" + (node.parent() == null ? node.path() : node.parent().path());
        int lead = text.text().substring(start, end).length() - text.text().substring(start, end).stripLeading().length();
        return new Goal("g" + node.path(), kind, body, year, mine.stream().map(Indicator::id).toList(), sectionId,
                text.span(start + lead, end));
    }

    /**
     * An item listed straight under an overall goal heading ({@code 一、主要预期目标} then
     * {@code 1. 地区生产总值增长6%左右}) is a specific goal, unless it is itself a goal heading
     * ({@code （一）总体目标} under {@code 三、工作目标}).
     */
    private static boolean isItemOfOverallGoal(OutlineNode node) {
        return SectionRoles.isOverallGoal(node.parent()) && !SectionRoles.isSpecificGoals(node.parent())
                && node.children().isEmpty() && !SectionRoles.isOverallGoal(node) && !SectionRoles.isSpecificGoals(node);
    }

    /** Where the goal text starts: after a phrase-only heading line, or after the heading sentence. */
    private static int bodyStart(NormalizedText text, OutlineNode node) {
        int headingLineEnd = text.lineEnd(node.line());
        int afterHeading = node.headingEnd();
        if (afterHeading >= headingLineEnd) {
            return node.line() + 1 < text.lineCount() ? text.lineStart(node.line() + 1) : headingLineEnd;
        }
        return afterHeading + 1;
    }

    private static Integer targetYear(String body, Integer planEndYear) {
        Matcher m = ChineseDates.TARGET_YEAR.matcher(body);
        return m.find() ? Integer.valueOf(m.group(1)) : planEndYear;
    }
}
