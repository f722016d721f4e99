package dev.cnpolicy.parser.internal.extract;

import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.Task;
import java.util.List;

/**
 * What {@link TaskExtractor} yields: the tasks, and the indicators it read that the goals had not.
 *
 * @param tasks         the tasks in document order
 * @param newIndicators indicators read from task texts that were not goal texts
 */
public record Tasks(List<Task> tasks, List<Indicator> newIndicators) {
    public Tasks {
        tasks = List.copyOf(tasks);
        newIndicators = List.copyOf(newIndicators);
    }
}
