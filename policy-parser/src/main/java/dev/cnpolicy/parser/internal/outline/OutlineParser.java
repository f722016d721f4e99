package dev.cnpolicy.parser.internal.outline;

import dev.cnpolicy.parser.internal.numbers.Marker;
import dev.cnpolicy.parser.internal.numbers.MarkerStyle;
import dev.cnpolicy.parser.internal.diagnostics.Diagnostics;
import dev.cnpolicy.parser.internal.text.NormalizedText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the section tree from heading lines such as {@code 一、}, {@code （一）}, {@code 1.},
 * {@code （1）}. Nesting follows the marker styles as they appear, not a fixed depth: a style
 * already open continues its level, a new style opens a level below the current heading, and a
 * style that outranks everything open starts a new top level. A numbered line is a heading when
 * its number continues its level's sequence, starts one ({@code 1}), or continues the numbering
 * of that style elsewhere in the document (tasks numbered 1–60 across sections). Gaps and repeats
 * are warned about, never fatal. Stateless and thread-safe.
 */
public final class OutlineParser {

    public Outline parse(NormalizedText text, Diagnostics diagnostics) {
        List<OutlineNode> roots = new ArrayList<>();
        List<OutlineNode> open = new ArrayList<>();
        Map<MarkerStyle, Integer> lastNumber = new EnumMap<>(MarkerStyle.class);
        Set<String> paths = new HashSet<>();
        int firstLine = text.lineCount();
        int lastContentLine = -1;
        for (int line = 0; line < text.lineCount(); line++) {
            String content = text.line(line);
            if (content.isBlank() || text.isFurniture(line)) {
                continue;
            }
            Marker marker = Marker.at(content);
            if (marker == null && lastNumber.containsKey(MarkerStyle.ARABIC_DOT) && indexOfStyle(open, MarkerStyle.ARABIC_DOT) >= 0) {
                marker = Marker.expectedArabic(content, lastNumber.get(MarkerStyle.ARABIC_DOT) + 1);
            }
            if (marker == null || !acceptable(marker, open, lastNumber, text, line, diagnostics)) {
                lastContentLine = line;
                continue;
            }
            int depthOfSibling = indexOfStyle(open, marker.style());
            if (depthOfSibling >= 0) {
                closeFrom(open, depthOfSibling, lastContentLine);
            } else {
                while (!open.isEmpty() && open.get(open.size() - 1).marker().style().ordinal() >= marker.style().ordinal()
                        || !open.isEmpty() && outranksAll(marker, open)) {
                    closeFrom(open, open.size() - 1, lastContentLine);
                }
            }
            OutlineNode parent = open.isEmpty() ? null : open.get(open.size() - 1);
            OutlineNode node = newNode(text, line, marker, parent, paths);
            if (parent == null) {
                roots.add(node);
            } else {
                parent.add(node);
            }
            open.add(node);
            lastNumber.put(marker.style(), marker.number());
            firstLine = Math.min(firstLine, line);
            lastContentLine = line;
        }
        closeFrom(open, 0, lastContentLine);
        Outline outline = new Outline(roots, firstLine);
        endBodyBeforeTrailer(text, outline);
        return outline;
    }

    /** The last headings' bodies end before the signature block or appendix that follows them. */
    private static void endBodyBeforeTrailer(NormalizedText text, Outline outline) {
        List<OutlineNode> all = outline.all();
        if (all.isEmpty()) {
            return;
        }
        int lastHeading = all.get(all.size() - 1).line();
        int trailer = DocumentTrailer.start(text, lastHeading);
        int lastBodyLine = trailer - 1;
        while (lastBodyLine > lastHeading && text.line(lastBodyLine).isBlank()) {
            lastBodyLine--;
        }
        for (OutlineNode node : all) {
            if (node.lastLine() > lastBodyLine) {
                node.close(lastBodyLine);
                node.capAt(lastBodyLine);
            }
        }
    }

    private static boolean acceptable(Marker marker, List<OutlineNode> open, Map<MarkerStyle, Integer> lastNumber,
                                      NormalizedText text, int line, Diagnostics diagnostics) {
        int n = marker.number();
        int sibling = indexOfStyle(open, marker.style());
        if (sibling >= 0) {
            int previous = open.get(sibling).marker().number();
            if (n == previous + 1) {
                return true;
            }
            if (n > previous + 1) {
                diagnostics.warn("OUTLINE_SEQUENCE_GAP", marker.text() + " follows number " + previous,
                        text.lineSpan(line, line));
                return true;
            }
            if (n == 1) {
                diagnostics.warn("OUTLINE_SEQUENCE_RESTART", marker.text() + " restarts a list at the same level",
                        text.lineSpan(line, line));
                return true;
            }
            diagnostics.warn("OUTLINE_SEQUENCE_REPEAT", marker.text() + " repeats or goes back after number "
                    + previous + "; read as body text", text.lineSpan(line, line));
            return false;
        }
        Integer last = lastNumber.get(marker.style());
        if (n == 1 || last != null && n == last + 1) {
            return true;
        }
        diagnostics.warn("OUTLINE_SEQUENCE_GAP", marker.text() + " starts a level without its earlier numbers",
                text.lineSpan(line, line));
        return true;
    }

    private static boolean outranksAll(Marker marker, List<OutlineNode> open) {
        return marker.style().ordinal() < open.get(0).marker().style().ordinal();
    }

    private static int indexOfStyle(List<OutlineNode> open, MarkerStyle style) {
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).marker().style() == style) {
                return i;
            }
        }
        return -1;
    }

    private static void closeFrom(List<OutlineNode> open, int from, int lastLine) {
        for (int i = open.size() - 1; i >= from; i--) {
            open.remove(i).close(lastLine);
        }
    }

    private static OutlineNode newNode(NormalizedText text, int line, Marker marker, OutlineNode parent,
                                       Set<String> paths) {
        String base = (parent == null ? "" : parent.path() + ".") + marker.number();
        String path = base;
        for (int k = 2; !paths.add(path); k++) {
            path = base + "-" + k;
        }
        int start = text.lineStart(line) + marker.end();
        String content = text.line(line).substring(marker.end());
        int end = HeadingSentence.end(content);
        String heading = content.substring(0, end).strip();
        return new OutlineNode(marker, parent, path, line, start, start + end, heading);
    }
}
