package dev.fearless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.rule.Family;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rerun on exactly the same input gets the kept result; any change of input scans again. */
class ScanResultsTest {

    /** Throws on every program (test rule). */
    @RuleMeta(family = Family.MISUSE, severity = Severity.NOTE, summary = "Always fails (test rule).")
    static final class Failing implements ProgramMatcher {
        @Override
        public void matchProgram(RuleContext context) {
            throw new IllegalStateException("a defect of this rule");
        }
    }

    /** A directory cache that also keeps whole results, and counts those it hands back. */
    static final class Counting extends FactCacheTest.CountingCache {
        final AtomicInteger resultHits = new AtomicInteger();

        Counting(Path dir) {
            super(dir);
        }

        int factLoads() {
            return hits.get() + misses.get();
        }

        @Override
        public byte[] loadResult(String key) {
            byte[] bytes = inner.loadResult(key);
            if (bytes != null) {
                resultHits.incrementAndGet();
            }
            return bytes;
        }

        @Override
        public void storeResult(String key, byte[] result) {
            inner.storeResult(key, result);
        }
    }

    @TempDir
    Path dir;

    private Path src() throws IOException {
        return new SourceTree(dir).src();
    }

    private void write(String name, String source) throws IOException {
        new SourceTree(dir).write(name, source);
    }

    private AnalysisResult analyze(FactCache cache, RuleDescriptor... rules) throws IOException {
        List<RuleDescriptor> list = rules.length == 0 ? List.of(RuleDescriptor.of(new FactCacheTest.StringConstants()))
                : List.of(rules);
        return new Analyzer(KnowledgeBase.jdk(), list).analyze(new AnalysisRequest(List.of(src()), src(), List.of(), 2,
                cache, Progress.NONE));
    }

    private static List<String> describe(AnalysisResult r) {
        return r.findings().stream().map(f -> f.location().path() + ":" + f.location().pos().line() + " "
                + f.severity() + " " + f.message()).toList();
    }

    private void writeTwoFiles() throws IOException {
        write("a/A.java", "package a;\nclass A {\n    String s = \"alpha\";\n}\n");
        write("b/B.java", "package b;\nclass B {\n    String t = \"beta\";\n}\n");
    }

    private List<Path> results() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            return files.filter(p -> p.toString().endsWith(".result")).toList();
        }
    }

    @Test
    void aRerunOnTheSameInput_getsTheKeptResult_withoutLoadingFacts() throws IOException {
        writeTwoFiles();
        AnalysisResult cold = analyze(new Counting(dir.resolve("cache")));
        assertEquals(List.of("a/A.java:3 NOTE alpha", "b/B.java:3 NOTE beta"), describe(cold));

        Counting cache = new Counting(dir.resolve("cache"));
        AnalysisResult warm = analyze(cache);
        assertEquals(cold.findings(), warm.findings());
        assertEquals(cold.filesAnalyzed(), warm.filesAnalyzed());
        assertEquals(cold.linesAnalyzed(), warm.linesAnalyzed());
        assertEquals(1, cache.resultHits.get());
        assertEquals(0, cache.factLoads(), "nothing is extracted, linked or checked again");
    }

    @Test
    void aChangedFile_orAnotherSeverity_isScannedAgain() throws IOException {
        writeTwoFiles();
        analyze(new Counting(dir.resolve("cache")));
        write("b/B.java", "package b;\nclass B {\n    String t = \"gamma\";\n}\n");

        Counting changed = new Counting(dir.resolve("cache"));
        assertEquals(List.of("a/A.java:3 NOTE alpha", "b/B.java:3 NOTE gamma"), describe(analyze(changed)));
        assertEquals(0, changed.resultHits.get());
        assertEquals(2, changed.factLoads());

        Counting severity = new Counting(dir.resolve("cache"));
        RuleDescriptor warning = RuleDescriptor.of(new FactCacheTest.StringConstants()).withSeverity(Severity.WARNING);
        assertEquals(List.of("a/A.java:3 WARNING alpha", "b/B.java:3 WARNING gamma"), describe(analyze(severity, warning)));
        assertEquals(0, severity.resultHits.get());
    }

    @Test
    void aRemovedFile_isScannedAgain() throws IOException {
        writeTwoFiles();
        analyze(new Counting(dir.resolve("cache")));
        Files.delete(src().resolve("b/B.java"));

        Counting cache = new Counting(dir.resolve("cache"));
        assertEquals(List.of("a/A.java:3 NOTE alpha"), describe(analyze(cache)));
        assertEquals(0, cache.resultHits.get());
    }

    @Test
    void aDamagedResult_isScannedAgain() throws IOException {
        writeTwoFiles();
        List<String> cold = describe(analyze(new Counting(dir.resolve("cache"))));
        List<Path> kept = results();
        assertEquals(1, kept.size());
        Files.writeString(kept.get(0), "not a result");

        Counting cache = new Counting(dir.resolve("cache"));
        assertEquals(cold, describe(analyze(cache)));
        assertEquals(2, cache.factLoads());
    }

    @Test
    void aResultAFailingRuleShaped_isNotKept() throws IOException {
        writeTwoFiles();
        AnalysisResult r = analyze(new Counting(dir.resolve("cache")), RuleDescriptor.of(new Failing()));
        assertFalse(r.ruleFailures().isEmpty());
        assertTrue(results().isEmpty());
    }
}
