package dev.cnpolicy.examples;

import dev.cnpolicy.model.Organization;
import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.model.Role;
import dev.cnpolicy.model.Task;
import dev.cnpolicy.parser.PolicyParseException;
import dev.cnpolicy.parser.PolicyParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parses one file (or each {@code .txt} file of a folder) and prints each task with its lead (or
 * responsible) departments.
 *
 * <pre>java -cp policy-examples/target/policy-export.jar dev.cnpolicy.examples.PrintLeadDepartments seeds/004_77ef637a5b3fa8c7.txt</pre>
 */
public final class PrintLeadDepartments {

    private PrintLeadDepartments() {
    }

    public static void main(String[] args) throws IOException {
        QuietLogging.install();
        List<Path> files = ExampleInputs.files(args, "PrintLeadDepartments FILE-OR-FOLDER", ".txt");
        if (files == null) {
            System.exit(2);
            return;
        }
        PolicyParser parser = PolicyParser.create();
        for (Path file : files) {
            try {
                print(parser.parse(file));
            } catch (PolicyParseException e) {
                System.err.println("skipped " + e.getMessage());
            }
        }
    }

    private static void print(PolicyDocument doc) {
        System.out.println(doc.metadata().title());
        for (Task task : doc.tasks()) {
            String who = "-";
            if (task.responsibility() != null) {
                var leads = task.responsibility().departments(Role.LEAD);
                var named = leads.isEmpty() ? task.responsibility().departments(Role.RESPONSIBLE) : leads;
                who = named.stream().map(Organization::name).collect(Collectors.joining("、"));
            }
            System.out.printf("%-8s %-30s %s%n", task.number(), task.title(), who);
        }
    }
}
