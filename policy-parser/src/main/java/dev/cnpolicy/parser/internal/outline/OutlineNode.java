package dev.cnpolicy.parser.internal.outline;

import dev.cnpolicy.parser.internal.numbers.Marker;
import dev.cnpolicy.parser.internal.numbers.MarkerStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One heading of the outline while it is being read, and after: its marker, heading phrase, the
 * lines it covers (heading line to the line before the next heading at its level or above) and
 * its children. Built by {@link OutlineParser} only; read-only for later stages.
 */
public final class OutlineNode {

    private final Marker marker;
    private final OutlineNode parent;
    private final String path;
    private final int line;
    private final int headingStart;
    private final int headingEnd;
    private final String heading;
    private final List<OutlineNode> children = new ArrayList<>();
    private int lastLine;

    OutlineNode(Marker marker, OutlineNode parent, String path, int line, int headingStart, int headingEnd,
                String heading) {
        this.marker = marker;
        this.parent = parent;
        this.path = path;
        this.line = line;
        this.headingStart = headingStart;
        this.headingEnd = headingEnd;
        this.heading = heading;
        this.lastLine = line;
    }

    public Marker marker() {
        return marker;
    }

    /** The parent heading, or {@code null} for a top-level one. */
    public OutlineNode parent() {
        return parent;
    }

    /** Outline path such as {@code 2.1.3}, from the numbers as written. */
    public String path() {
        return path;
    }

    /** 0-based line of the heading. */
    public int line() {
        return line;
    }

    /** 0-based last line the heading covers, children included. */
    public int lastLine() {
        return lastLine;
    }

    /** Char index where the heading phrase starts (just after the marker). */
    public int headingStart() {
        return headingStart;
    }

    /** Char index where the heading phrase ends (before its full stop, if any). */
    public int headingEnd() {
        return headingEnd;
    }

    /** The heading phrase or first sentence, without marker. */
    public String heading() {
        return heading;
    }

    public List<OutlineNode> children() {
        return Collections.unmodifiableList(children);
    }

    public int depth() {
        int depth = 1;
        for (OutlineNode p = parent; p != null; p = p.parent) {
            depth++;
        }
        return depth;
    }

    /** This heading and its ancestors, nearest first. */
    public List<OutlineNode> selfAndAncestors() {
        List<OutlineNode> out = new ArrayList<>();
        for (OutlineNode n = this; n != null; n = n.parent) {
            out.add(n);
        }
        return out;
    }

    /** The line after the heading's own text and before its first child, i.e. where its body ends. */
    public int ownLastLine() {
        return children.isEmpty() ? lastLine : children.get(0).line - 1;
    }

    void add(OutlineNode child) {
        children.add(child);
    }

    void close(int lastLine) {
        this.lastLine = Math.max(line, lastLine);
    }

    /** Ends the body at {@code lastLine} at the latest (never before the heading itself). */
    void capAt(int lastLine) {
        this.lastLine = Math.max(line, Math.min(this.lastLine, lastLine));
    }
}
