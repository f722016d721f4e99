package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.model.Goal;
import java.util.List;

/**
 * What {@link GoalExtractor} yields: the goals, and the indicators their texts hold by outline node.
 *
 * @param goals      the goals in document order
 * @param indicators their indicators, by the node each goal was read from
 */
public record Goals(List<Goal> goals, NodeIndicators indicators) {
    public Goals {
        goals = List.copyOf(goals);
    }
}
