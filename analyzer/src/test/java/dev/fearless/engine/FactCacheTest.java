package dev.fearless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.FactsCodec;
import dev.fearless.facts.FieldFacts;
import dev.fearless.facts.FileFacts;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.Finding;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleDescriptor;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fact cache makes a second run skip parsing, and never changes what a run finds. */
class FactCacheTest {

    /** Reports every string a field is initialized with, so a test sees which facts were analysed. */
    @RuleMeta(family = Family.MISUSE, severity = Severity.NOTE, summary = "Reports string field initializers (test rule).")
    static final class StringConstants implements ProgramMatcher {
        @Override
        public void matchProgram(RuleContext context) {
            for (TypeInfo t : context.program().types()) {
                for (FieldFacts f : t.facts().fields()) {
                    if (f.initializer() instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.STRING) {
                        context.report(t, f.pos(), lit.text()).add();
                    }
                }
            }
        }
    }

    /** A directory cache that counts what it was asked. */
    static class CountingCache implements FactCache {
        final DirectoryFactCache inner;
        final AtomicInteger hits = new AtomicInteger();
        final AtomicInteger misses = new AtomicInteger();
        final AtomicInteger stores = new AtomicInteger();
        final List<String> keys = new CopyOnWriteArrayList<>();

        CountingCache(Path dir) {
            inner = new DirectoryFactCache(dir);
        }

        @Override
        public FileFacts load(String key) {
            keys.add(key);
            FileFacts facts = inner.load(key);
            (facts == null ? misses : hits).incrementAndGet();
            return facts;
        }

        @Override
        public void store(String key, FileFacts facts) {
            stores.incrementAndGet();
            inner.store(key, facts);
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

    private List<String> analyze(FactCache cache) throws IOException {
        return analyze(cache, KnowledgeBase.jdk());
    }

    private List<String> analyze(FactCache cache, KnowledgeBase knowledge) throws IOException {
        Analyzer analyzer = new Analyzer(knowledge, List.of(RuleDescriptor.of(new StringConstants())));
        AnalysisResult result = analyzer.analyze(new AnalysisRequest(List.of(src()), src(), List.of(), 2, cache,
                Progress.NONE));
        return result.findings().stream().map(FactCacheTest::describe).toList();
    }

    private static String describe(Finding f) {
        return f.location().path() + ":" + f.location().pos().line() + ":" + f.location().pos().column() + " " + f.message();
    }

    private void writeTwoFiles() throws IOException {
        write("a/A.java", "package a;\nclass A {\n    String s = \"alpha\";\n}\n");
        write("b/B.java", "package b;\nclass B {\n\n    String t = \"beta\";\n}\n");
    }

    @Test
    void secondRun_readsEveryFileFromTheCache_andFindsTheSame() throws IOException {
        writeTwoFiles();
        CountingCache first = new CountingCache(dir.resolve("cache"));
        List<String> cold = analyze(first);
        assertEquals(List.of("a/A.java:3:12 alpha", "b/B.java:4:12 beta"), cold);
        assertEquals(2, first.misses.get());
        assertEquals(2, first.stores.get());

        CountingCache second = new CountingCache(dir.resolve("cache"));
        assertEquals(cold, analyze(second));
        assertEquals(2, second.hits.get());
        assertEquals(0, second.misses.get());
        assertEquals(0, second.stores.get());
    }

    @Test
    void aChangedFile_isExtractedAgain_andTheOthersComeFromTheCache() throws IOException {
        writeTwoFiles();
        analyze(new CountingCache(dir.resolve("cache")));
        write("b/B.java", "package b;\nclass B {\n    String t = \"gamma\";\n}\n");

        CountingCache cache = new CountingCache(dir.resolve("cache"));
        assertEquals(List.of("a/A.java:3:12 alpha", "b/B.java:3:12 gamma"), analyze(cache));
        assertEquals(1, cache.hits.get());
        assertEquals(1, cache.misses.get());
    }

    @Test
    void aMovedFile_hitsItsOldEntry_andIsReportedAtItsNewPath() throws IOException {
        String same = "class Same {\n    String s = \"x\";\n}\n";
        write("one/Same.java", same);
        assertEquals(List.of("one/Same.java:2:12 x"), analyze(new CountingCache(dir.resolve("cache"))));
        Files.delete(src().resolve("one/Same.java"));
        write("two/Same.java", same);

        CountingCache cache = new CountingCache(dir.resolve("cache"));
        assertEquals(List.of("two/Same.java:2:12 x"), analyze(cache));
        assertEquals(1, cache.hits.get());
    }

    @Test
    void corruptEntries_areMisses_andAreRewritten() throws IOException {
        writeTwoFiles();
        List<String> cold = analyze(new CountingCache(dir.resolve("cache")));
        List<Path> entries = entries();
        assertEquals(2, entries.size());
        Files.writeString(entries.get(0), "not a cache entry");
        Files.write(entries.get(1), new byte[0]);

        CountingCache cache = new CountingCache(dir.resolve("cache"));
        assertEquals(cold, analyze(cache));
        assertEquals(2, cache.misses.get());
        assertEquals(2, cache.stores.get());

        CountingCache after = new CountingCache(dir.resolve("cache"));
        analyze(after);
        assertEquals(2, after.hits.get(), "the rewritten entries are readable");
    }

    @Test
    void otherKnowledge_usesOtherKeys() throws IOException {
        writeTwoFiles();
        CountingCache plain = new CountingCache(dir.resolve("cache"));
        analyze(plain);
        CountingCache project = new CountingCache(dir.resolve("cache"));
        analyze(project, KnowledgeBase.jdk().withLines(List.of("type\tcom.example.Registry\tthreadsafe")));
        assertEquals(0, project.hits.get());
        assertTrue(Collections.disjoint(plain.keys, project.keys));
    }

    @Test
    void aRunLeavesOnlyWholeEntries_andAnUnwritableCacheOnlyCostsTime() throws IOException {
        writeTwoFiles();
        analyze(new CountingCache(dir.resolve("cache")));
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            assertTrue(files.filter(Files::isRegularFile).allMatch(p -> p.toString().endsWith(".facts")));
        }

        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where the cache folder should be");
        CountingCache unwritable = new CountingCache(blocked);
        assertEquals(List.of("a/A.java:3:12 alpha", "b/B.java:4:12 beta"), analyze(unwritable));
        assertEquals(2, unwritable.misses.get());
    }

    @Test
    void keysDependOnContent() throws IOException {
        writeTwoFiles();
        CountingCache cache = new CountingCache(dir.resolve("cache"));
        analyze(cache);
        assertEquals(2, cache.keys.stream().distinct().count());
        assertNotEquals(cache.keys.get(0), cache.keys.get(1));
    }

    @Test
    void prune_removesEntriesUnusedForLong_andKeepsRecentlyUsedOnes() throws IOException {
        writeTwoFiles();
        analyze(new CountingCache(dir.resolve("cache")));
        List<Path> entries = entries();
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(40)));
        Files.setLastModifiedTime(entries.get(0), old);

        assertEquals(1, new DirectoryFactCache(dir.resolve("cache")).prune(DirectoryFactCache.UNUSED_LIMIT));
        assertEquals(List.of(entries.get(1)), entries());
        Files.setLastModifiedTime(entries.get(1), old);
        assertEquals(0, new DirectoryFactCache(dir.resolve("cache")).prune(DirectoryFactCache.UNUSED_LIMIT),
                "the folder is walked at most once a day");
    }

    @Test
    void aHit_marksAnOldEntryAsUsed() throws IOException {
        writeTwoFiles();
        analyze(new CountingCache(dir.resolve("cache")));
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(40)));
        for (Path entry : entries()) {
            Files.setLastModifiedTime(entry, old);
        }
        analyze(new CountingCache(dir.resolve("cache")));
        assertEquals(0, new DirectoryFactCache(dir.resolve("cache")).prune(DirectoryFactCache.UNUSED_LIMIT));
        assertEquals(2, entries().size());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            return files.filter(p -> p.toString().endsWith(".facts")).sorted().toList();
        }
    }

    private static final String KEY = "ab" + "0".repeat(62);

    /** Writes {@code bytes} deflated as the cache's entry for {@link #KEY}. */
    private Path writeEntry(byte[] bytes) throws IOException {
        Path entry = dir.resolve("cache").resolve(KEY.substring(0, 2)).resolve(KEY + ".facts");
        Files.createDirectories(entry.getParent());
        try (OutputStream out = new DeflaterOutputStream(Files.newOutputStream(entry))) {
            out.write(bytes);
        }
        return entry;
    }

    @Test
    void anEntryOfJavaSerialization_isAMiss() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.ArrayList<>(List.of("a")));
        }
        writeEntry(bytes.toByteArray());
        assertNull(new DirectoryFactCache(dir.resolve("cache")).load(KEY));
    }

    @Test
    void aTruncatedOrOverlongEntry_isAMiss() throws IOException {
        FileFacts clean = new FileFacts("A.java", "a", List.of(), List.of(), List.of(), 1);
        byte[] good = FactsCodec.encode(clean);
        DirectoryFactCache cache = new DirectoryFactCache(dir.resolve("cache"));
        writeEntry(good);
        assertEquals(clean, cache.load(KEY), "an entry of facts is read back");
        writeEntry(java.util.Arrays.copyOf(good, good.length - 1));
        assertNull(cache.load(KEY));
        writeEntry(java.util.Arrays.copyOf(good, good.length + 1));
        assertNull(cache.load(KEY));
    }
}
