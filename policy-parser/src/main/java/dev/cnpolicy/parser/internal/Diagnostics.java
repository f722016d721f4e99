package dev.cnpolicy.parser.internal;

import dev.cnpolicy.model.Diagnostic;
import dev.cnpolicy.model.Severity;
import dev.cnpolicy.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one parse. Made per parse; never shared between threads. */
public final class Diagnostics {

    private final List<Diagnostic> collected = new ArrayList<>();

    public void info(String code, String message, SourceSpan span) {
        collected.add(new Diagnostic(Severity.INFO, code, message, span));
    }

    public void warn(String code, String message, SourceSpan span) {
        collected.add(new Diagnostic(Severity.WARNING, code, message, span));
    }

    public void error(String code, String message, SourceSpan span) {
        collected.add(new Diagnostic(Severity.ERROR, code, message, span));
    }

    /** What was collected, in order. */
    public List<Diagnostic> toList() {
        return List.copyOf(collected);
    }
}
