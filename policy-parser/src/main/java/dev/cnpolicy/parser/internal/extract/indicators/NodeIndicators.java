package dev.cnpolicy.parser.internal.extract.indicators;

import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.parser.internal.outline.OutlineNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators a stage read, by the outline node whose text holds them, in the order they were
 * read: what {@link GoalExtractor} hands to {@link TaskExtractor}, so that a goal item that is also
 * a task shares its indicators instead of reading them twice. Immutable.
 */
public final class NodeIndicators {

    private static final NodeIndicators NONE = new NodeIndicators(new IdentityHashMap<>(), List.of());

    private final Map<OutlineNode, List<Indicator>> byNode;
    private final List<Indicator> all;

    private NodeIndicators(Map<OutlineNode, List<Indicator>> byNode, List<Indicator> all) {
        this.byNode = byNode;
        this.all = all;
    }

    /** No indicators. */
    public static NodeIndicators none() {
        return NONE;
    }

    /** The indicators read from {@code node}'s text, or an empty list. */
    public List<Indicator> of(OutlineNode node) {
        return byNode.getOrDefault(node, List.of());
    }

    /** Every indicator, in the order the nodes were read. */
    public List<Indicator> all() {
        return all;
    }

    /** Collects the indicators of one stage, node by node; the result is immutable. */
    static final class Builder {
        private final Map<OutlineNode, List<Indicator>> byNode = new IdentityHashMap<>();
        private final List<Indicator> all = new ArrayList<>();

        Builder put(OutlineNode node, List<Indicator> indicators) {
            byNode.put(node, List.copyOf(indicators));
            all.addAll(indicators);
            return this;
        }

        NodeIndicators build() {
            return new NodeIndicators(new IdentityHashMap<>(byNode), List.copyOf(all));
        }
    }
}
