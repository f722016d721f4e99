/** Small programs that show the cnpolicy API, and the {@code policy-export} command. */
module dev.cnpolicy.examples {
    requires dev.cnpolicy.parser;
    requires info.picocli;
    requires gg.jte.runtime;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires java.logging;
    requires static jmh.core;
    requires static java.compiler;   // @Generated on the precompiled jte templates

    opens dev.cnpolicy.examples.export to info.picocli;
    // the precompiled templates live here; jte calls their render methods reflectively
    opens dev.cnpolicy.examples.html to gg.jte.runtime;
}
