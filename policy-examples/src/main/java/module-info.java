/** Small programs that show the cnpolicy API, and the {@code policy-export} command. */
module dev.cnpolicy.examples {
    requires dev.cnpolicy.parser;
    requires info.picocli;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires java.logging;
    requires static jmh.core;

    opens dev.cnpolicy.examples.export to info.picocli;
}
