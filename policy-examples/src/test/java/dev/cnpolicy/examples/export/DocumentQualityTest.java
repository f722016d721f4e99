package dev.cnpolicy.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.PolicyDocument;
import dev.cnpolicy.parser.PolicyParser;
import org.junit.jupiter.api.Test;

/** Made-up documents: coverage counts the lines of sections and of tasks read from tables. */
class DocumentQualityTest {

    private static final PolicyParser PARSER = PolicyParser.create();

    @Test
    void countsLinesOfSectionsButNotThePreamble() {
        PolicyDocument doc = PARSER.parse("sections", String.join("\n",
                "某市节水行动方案", "为加强节水工作，制定本方案。",
                "一、重点任务", "（一）推进农业节水。（市水务局负责）", "（二）推进工业节水。（市工信局负责）"));
        assertThat(DocumentQuality.of(doc).coverage()).isEqualTo(0.6);
    }

    @Test
    void countsLinesOfTasksReadFromATable() {
        PolicyDocument doc = PARSER.parse("table", String.join("\n",
                "某县任务清单",
                "序号 | 重点任务 | 责任单位",
                "1 | 新建污水管网20公里 | 县住建局",
                "2 | 改造农村户厕500户 | 县农业农村局"));
        DocumentQuality quality = DocumentQuality.of(doc);
        assertThat(quality.tasks()).isEqualTo(2);
        assertThat(quality.coverage()).isEqualTo(0.5);
    }
}
