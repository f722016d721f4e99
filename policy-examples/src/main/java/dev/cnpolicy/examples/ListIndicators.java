package dev.cnpolicy.examples;

import dev.cnpolicy.model.Indicator;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.parser.PolicyParseException;
import dev.cnpolicy.parser.PolicyParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Lists every indicator of every {@code .txt} file in a folder (or of one file) as a tab-separated table.
 *
 * <pre>java -cp policy-examples/target/policy-export.jar dev.cnpolicy.examples.ListIndicators seeds</pre>
 */
public final class ListIndicators {

    private ListIndicators() {
    }

    public static void main(String[] args) throws IOException {
        QuietLogging.install();
        List<Path> files = ExampleInputs.files(args, "ListIndicators FILE-OR-FOLDER", ".txt");
        if (files == null) {
            System.exit(2);
            return;
        }
        PolicyParser parser = PolicyParser.create();
        System.out.println("document\tmetric\tcomparator\tvalue\tupper\tunit\tkind\ttarget_year");
        for (Path file : files) {
            try {
                PolicyDocument doc = parser.parse(file);
                for (Indicator i : doc.indicators()) {
                    System.out.println(String.join("\t", doc.id(), i.metric(), i.comparator().name(),
                            i.value().toPlainString(), i.upperValue() == null ? "" : i.upperValue().toPlainString(),
                            i.unit(), i.kind().name(), i.targetYear() == null ? "" : i.targetYear().toString()));
                }
            } catch (PolicyParseException e) {
                System.err.println("skipped " + e.getMessage());
            }
        }
    }
}
