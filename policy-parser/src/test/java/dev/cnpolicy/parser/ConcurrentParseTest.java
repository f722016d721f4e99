package dev.cnpolicy.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cnpolicy.model.Script;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One parser shared by threads that start together gives every thread the answer a lone parse
 * gives: the script converter's dictionaries are loaded once, before any thread reads them.
 */
class ConcurrentParseTest {

    private static final String SIMPLIFIED = "某市数字经济发展行动方案\n一、重点任务\n1.建设算力中心。（市发展改革委负责）";
    private static final String TRADITIONAL = "某市數字經濟發展行動方案\n一、重點任務\n1.建設算力中心。（市發展改革委負責）";

    @Test
    void threadsStartingTogetherSeeTheSameScripts() throws Exception {
        PolicyParser parser = PolicyParser.create();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Script>> jobs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String text = i % 2 == 0 ? SIMPLIFIED : TRADITIONAL;
                jobs.add(() -> parser.parse("c", text.getBytes(StandardCharsets.UTF_8)).source().script());
            }
            List<Future<Script>> results = pool.invokeAll(jobs);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).as("parse " + i)
                        .isEqualTo(i % 2 == 0 ? Script.SIMPLIFIED : Script.TRADITIONAL);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
