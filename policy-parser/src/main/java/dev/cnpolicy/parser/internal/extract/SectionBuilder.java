package dev.cnpolicy.parser.internal.extract;

import dev.cnpolicy.model.Section;
import dev.cnpolicy.parser.internal.outline.Outline;
import dev.cnpolicy.parser.internal.outline.OutlineNode;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.List;

/** Turns the outline into {@link Section} records with ids from the outline path ({@code s2.1}). */
public final class SectionBuilder {

    public List<Section> build(NormalizedText text, Outline outline) {
        return outline.roots().stream().map(n -> section(text, n)).toList();
    }

    private Section section(NormalizedText text, OutlineNode node) {
        return new Section("s" + node.path(), node.marker().text(), node.depth(), node.heading(),
                text.lineSpan(node.line(), node.lastLine()),
                node.children().stream().map(c -> section(text, c)).toList());
    }
}
