package dev.cnpolicy.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's cross-document department table and the official name of each assignment. */
class DepartmentsExportTest {

    @Test
    void listsEachOfficialNameOnceWithItsFormsAndTaskCounts(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), String.join("\n",
                "国务院办公厅关于进一步稳就业的意见",
                "一、重点任务",
                "（一）扩大就业容量。（发展改革委牵头，财政部配合）",
                "（二）加大金融支持。（国家发展改革委、人社部负责）",
                "国务院办公厅",
                "2024年6月1日"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), String.join("\n",
                "国务院关于促进消费的意见",
                "一、重点任务",
                "（一）扩大服务消费。（发改委、人力资源社会保障部按职责分工负责）",
                "国务院",
                "2024年7月1日"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        assertThat(ExportCommand.run("--quiet", "--format", "csv", "--out", out.toString(), in.toString())).isZero();

        List<String> departments = Files.readAllLines(out.resolve("csv").resolve("departments.csv"), StandardCharsets.UTF_8);
        assertThat(departments.get(0))
                .isEqualTo("official_name,kind,resolved,written_as,documents,tasks,lead,support,responsible");
        assertThat(departments).contains(
                "国家发展和改革委员会,NATIONAL,true,发展改革委|国家发展改革委|发改委,2,3,1,0,2",
                "人力资源和社会保障部,NATIONAL,true,人社部|人力资源社会保障部,2,2,0,0,2",
                "财政部,NATIONAL,true,财政部,1,1,0,1,0");
        assertThat(departments).hasSize(4);
        List<String> responsibilities = Files.readAllLines(out.resolve("csv").resolve("responsibilities.csv"),
                StandardCharsets.UTF_8);
        assertThat(responsibilities.get(0)).endsWith(",kind,official_name");
        assertThat(responsibilities).contains("a,t1.1,LEAD,发展改革委,发展改革委,发展改革委,NATIONAL,国家发展和改革委员会");
    }
}
