package dev.cnpolicy.parser.internal.diagnostics;

import dev.cnpolicy.model.Diagnostic;
import dev.cnpolicy.model.Severity;
import dev.cnpolicy.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the diagnostics of one parse. Made per parse; never shared between threads, except
 * {@link #ignoring()}, which keeps nothing.
 */
public final class Diagnostics {

    private static final Diagnostics IGNORING = new Diagnostics(null);

    private final @Nullable List<Diagnostic> collected;

    public Diagnostics() {
        this(new ArrayList<>());
    }

    private Diagnostics(@Nullable List<Diagnostic> collected) {
        this.collected = collected;
    }

    /**
     * A sink that drops what it is told, for a stage asked for a fact where its warnings do not apply
     * (a responsibility clause read outside a task); stateless, so one instance serves every thread.
     */
    public static Diagnostics ignoring() {
        return IGNORING;
    }

    /** Notes a fact worth knowing: a repair made, a guess taken. */
    public void info(String code, String message, @Nullable SourceSpan span) {
        add(Severity.INFO, code, message, span);
    }

    /** Notes text that was read only in part or by a guess that may be wrong. */
    public void warn(String code, String message, @Nullable SourceSpan span) {
        add(Severity.WARNING, code, message, span);
    }

    /** Notes text that could not be read at all. */
    public void error(String code, String message, @Nullable SourceSpan span) {
        add(Severity.ERROR, code, message, span);
    }

    private void add(Severity severity, String code, String message, @Nullable SourceSpan span) {
        if (collected != null) {
            collected.add(new Diagnostic(severity, code, message, span));
        }
    }

    /** What was collected, in order. */
    public List<Diagnostic> toList() {
        return collected == null ? List.of() : List.copyOf(collected);
    }
}
