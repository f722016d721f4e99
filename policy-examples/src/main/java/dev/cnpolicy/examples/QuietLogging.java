package dev.cnpolicy.examples;

/**
 * The logging choice of the examples and the export command, which are applications (the
 * libraries choose none): Hibernate Validator's JBoss Logging goes to SLF4J, and SLF4J to its
 * no-operation provider ({@code slf4j-nop}), so that a run prints only what it means to say and not
 * {@code HV000001: Hibernate Validator …} or {@code SLF4J(W): No SLF4J providers were found}.
 * A {@code -Dorg.jboss.logging.provider=…} given on the command line wins.
 */
public final class QuietLogging {

    private QuietLogging() {
    }

    /** Chooses the quiet logging; call before the first parse or read. */
    public static void install() {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }
}
