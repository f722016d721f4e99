package dev.cnpolicy.parser.internal.extract.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The abbreviation table is well formed: a comment on every entry, and no form with two full forms. */
class DepartmentAbbreviationsTest {

    @Test
    void everyEntryHasACommentAndEveryFormOneFullForm() throws IOException {
        String table;
        try (InputStream in = OfficialNames.class.getResourceAsStream("department-abbreviations.tsv")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> fullByForm = new HashMap<>();
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            int commentCell = cells[0].equals("NATIONAL") ? 4 : 3;
            if (cells.length != commentCell + 1 || cells[commentCell].isBlank()) {
                problems.add("no comment or wrong cell count: " + line);
                continue;
            }
            for (int i = 2; i < commentCell; i++) {
                for (String form : cells[i].split(" ")) {
                    String key = cells[0] + ":" + form;
                    String previous = fullByForm.putIfAbsent(key, cells[1]);
                    if (!form.equals("-") && previous != null && !previous.equals(cells[1])) {
                        problems.add(form + " is both " + previous + " and " + cells[1]);
                    }
                }
            }
        }
        assertThat(fullByForm).isNotEmpty();
        assertThat(problems).isEmpty();
    }
}
