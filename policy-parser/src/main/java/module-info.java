/**
 * The cnpolicy parser: reads policy documents into the {@code dev.cnpolicy.model} records. Only
 * {@code dev.cnpolicy.parser} is public; the stages live in unexported internal packages.
 */
module dev.cnpolicy.parser {
    requires transitive dev.cnpolicy.model;
    requires opencc4j;
    requires org.jsoup;
    requires static org.jspecify;

    exports dev.cnpolicy.parser;
}
