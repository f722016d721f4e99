package dev.cnpolicy.parser.internal.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * The heading tree of a document.
 *
 * @param roots     top-level headings
 * @param firstLine 0-based line of the first heading, or the line count when there is none
 */
public record Outline(List<OutlineNode> roots, int firstLine) {

    public Outline {
        roots = List.copyOf(roots);
    }

    /** Every heading, parents before children, in document order. */
    public List<OutlineNode> all() {
        List<OutlineNode> out = new ArrayList<>();
        roots.forEach(r -> collect(r, out));
        return out;
    }

    private static void collect(OutlineNode node, List<OutlineNode> out) {
        out.add(node);
        node.children().forEach(c -> collect(c, out));
    }
}
