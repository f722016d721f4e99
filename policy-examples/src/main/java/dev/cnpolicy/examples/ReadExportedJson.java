package dev.cnpolicy.examples;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.json.PolicyJson;
import dev.cnpolicy.model.json.PolicyJsonException;
import dev.cnpolicy.model.validation.PolicyValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an exported JSON document (or each {@code .json} file of a folder such as {@code out/json})
 * back, which validates it, and prints a summary.
 *
 * <pre>java -cp policy-examples/target/policy-export.jar dev.cnpolicy.examples.ReadExportedJson out/json/004_77ef637a5b3fa8c7.json</pre>
 */
public final class ReadExportedJson {

    private ReadExportedJson() {
    }

    public static void main(String[] args) throws IOException {
        QuietLogging.install();
        List<Path> files = ExampleInputs.files(args, "ReadExportedJson FILE-OR-FOLDER", ".json");
        if (files == null) {
            System.exit(2);
            return;
        }
        boolean allValid = true;
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                PolicyDocument doc = PolicyJson.read(in);
                System.out.printf("%s: %s, %d tasks, %d indicators, %d violations%n", doc.id(), doc.metadata().title(),
                        doc.tasks().size(), doc.indicators().size(), PolicyValidator.validate(doc).size());
            } catch (PolicyJsonException e) {
                System.err.println(file + ": " + e.getMessage());
                allValid = false;
            }
        }
        if (!allValid) {
            System.exit(1);
        }
    }
}
