package dev.fearless.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI, pre-commit and configuration workflows: baselines, project configuration, file mode, the cache. */
class ScanWorkflowTest {

    private static final String LITERAL_LOCK = """
            class %s {
                private int n;
                void m() {
                    synchronized ("lock") { n++; }
                }
            }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, source);
    }

    private Path bad(String className) throws IOException {
        return write("src/" + className + ".java", LITERAL_LOCK.formatted(className));
    }

    /** A scan rooted at the temporary folder, without the user's cache. */
    private Cli.Run scan(String... args) {
        List<String> all = new ArrayList<>(List.of("scan", "--root", dir.toString(), "--threads", "1", "--no-cache"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private String src() {
        return dir.resolve("src").toString();
    }

    private Path sarif(String name, String... args) throws IOException {
        Path report = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of("--format", "sarif", "--output", report.toString()));
        all.addAll(List.of(args));
        all.add(src());
        scan(all.toArray(String[]::new));
        assertTrue(Files.isRegularFile(report));
        return report;
    }

    /** Each result's file and baseline state, e.g. {@code src/A.java -> [new]}. */
    private static Map<String, List<String>> states(Path report) throws IOException {
        JsonNode results = new ObjectMapper().readTree(report.toFile()).path("runs").path(0).path("results");
        Map<String, List<String>> states = new TreeMap<>();
        for (JsonNode r : results) {
            String file = r.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
            states.computeIfAbsent(file, k -> new ArrayList<>()).add(r.path("baselineState").asText("none"));
        }
        states.values().forEach(l -> l.sort(null));
        return states;
    }

    // ---------------------------------------------------------------------------------------------
    // Baseline

    @Test
    void baseline_ofTheSameCode_passes_andPrintsNothing() throws IOException {
        bad("A");
        Path base = sarif("base.sarif");
        Cli.Run r = scan("--baseline", base.toString(), src());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains("0 new findings") && r.err().contains("already in the baseline"), r.err());
    }

    @Test
    void baseline_newFindingsFail_andOnlyTheyArePrinted() throws IOException {
        bad("A");
        Path base = sarif("base.sarif");
        bad("B");
        Cli.Run r = scan("--baseline", base.toString(), src());
        assertEquals(Main.FINDINGS, r.exit(), r::toString);
        assertFalse(r.out().isEmpty());
        assertTrue(r.outLines().stream().allMatch(l -> l.startsWith("src/B.java:")), r.out());
    }

    @Test
    void baseline_survivesLinesMovingAbove() throws IOException {
        bad("A");
        Path base = sarif("base.sarif");
        write("src/A.java", "// a comment\n\n" + LITERAL_LOCK.formatted("A").replace("void m()", "\n\n    void m()"));
        assertEquals(Main.OK, scan("--baseline", base.toString(), src()).exit());
    }

    @Test
    void baseline_aSecondEqualFindingAddedAboveTheOldOne_isTheOneReportedNew() throws IOException {
        write("src/A.java", """
                class A {
                    private int n;
                    void m() {
                        prepare();
                        synchronized ("lock") { n++; }
                    }
                    void prepare() {}
                }
                """);
        Path base = sarif("base.sarif");
        write("src/A.java", """
                class A {
                    private int n;
                    void m() {
                        prepare();
                        synchronized ("lock") { n--; }
                        log();
                        synchronized ("lock") { n++; }
                    }
                    void prepare() {}
                    void log() {}
                }
                """);
        Cli.Run r = scan("--baseline", base.toString(), src());
        assertEquals(Main.FINDINGS, r.exit(), r::toString);
        assertFalse(r.outLines().isEmpty(), r::toString);
        assertTrue(r.outLines().stream().allMatch(l -> l.startsWith("src/A.java:5:")), r.out());
    }

    @Test
    void baseline_emptyJsonObject_isNotABaseline_exitsTwo() throws IOException {
        bad("A");
        Path empty = write("empty.sarif", "{}");
        Cli.Run r = scan("--baseline", empty.toString(), src());
        assertEquals(Main.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("fearless: cannot read baseline " + empty + " as SARIF 2.1.0: no \"version\""),
                r.err());
    }

    @Test
    void baseline_inSarif_marksResultsNewUnchangedAndAbsent() throws IOException {
        bad("A");
        bad("B");
        Path base = sarif("base.sarif");
        Files.delete(dir.resolve("src/B.java"));
        bad("C");
        Path next = sarif("next.sarif", "--baseline", base.toString());
        Map<String, List<String>> states = states(next);
        assertEquals(List.of("unchanged"), states.get("src/A.java"), states::toString);
        assertEquals(List.of("absent"), states.get("src/B.java"), states::toString);
        assertEquals(List.of("new"), states.get("src/C.java"), states::toString);

        Path after = sarif("after.sarif", "--baseline", next.toString());
        assertFalse(states(after).containsKey("src/B.java"), "absent results are not carried forward");
    }

    @Test
    void baseline_missingOrNotSarif_exitsTwo() throws IOException {
        bad("A");
        Cli.Run missing = scan("--baseline", dir.resolve("nope.sarif").toString(), src());
        assertEquals(Main.USAGE, missing.exit());
        assertTrue(missing.err().contains("nope.sarif"), missing.err());
        Path garbage = write("garbage.sarif", "{ not json");
        Cli.Run bad = scan("--baseline", garbage.toString(), src());
        assertEquals(Main.USAGE, bad.exit());
        assertTrue(bad.err().contains("garbage.sarif"), bad.err());
    }

    // ---------------------------------------------------------------------------------------------
    // Project configuration

    @Test
    void config_overridesSeverities_andDisablesRules() throws IOException {
        bad("A");
        Cli.Run plain = scan(src());
        assertTrue(plain.out().contains(": warning: [SyncOnSharedConstant]"), plain.out());

        write("fearless.yml", "rules:\n  severity:\n    SyncOnSharedConstant: error\n");
        Cli.Run raised = scan(src());
        assertTrue(raised.out().contains(": error: [SyncOnSharedConstant]"), raised.out());
        assertFalse(raised.out().contains(": warning: [SyncOnSharedConstant]"), raised.out());

        write("fearless.yml", "rules:\n  disable: [SyncOnSharedConstant]\n");
        Cli.Run disabled = scan(src());
        assertFalse(disabled.out().contains("[SyncOnSharedConstant]"), disabled.out());
        assertEquals(plain.outLines().size() - 1, disabled.outLines().size(), disabled.out());
    }

    @Test
    void config_failOnAndExcludes_applyUnlessTheCommandLineSaysOtherwise() throws IOException {
        bad("A");
        write("fearless.yml", "failOn: never\nexclude: ['**/generated/**']\n");
        write("src/generated/G.java", LITERAL_LOCK.formatted("G"));
        Cli.Run r = scan(src());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertFalse(r.out().contains("generated"), r.out());
        assertEquals(Main.FINDINGS, scan("--fail-on", "warning", src()).exit());
    }

    @Test
    void config_knowledge_teachesAProjectLockApi() throws IOException {
        write("src/Worker.java", """
                import com.acme.SpinLock;

                class Worker {
                    private final SpinLock lock = new SpinLock();
                    void work() {
                        lock.acquire();
                        step();
                        lock.release();
                    }
                    void step() { }
                }
                """);
        assertEquals("", scan(src()).out());
        write("fearless.yml", """
                knowledge:
                  locks:
                    - {type: com.acme.SpinLock, acquire: [acquire], release: [release]}
                """);
        Cli.Run r = scan(src());
        assertEquals(1, r.outLines().size(), r.out());
        assertTrue(r.out().contains("[UnreleasedLock]") && r.out().contains("outside a finally"), r.out());
    }

    @Test
    void config_errors_exitTwo_namingTheKey() throws IOException {
        bad("A");
        write("fearless.yml", "rules:\n  disabel: [SyncOnSharedConstant]\n");
        Cli.Run typo = scan(src());
        assertEquals(Main.USAGE, typo.exit());
        assertTrue(typo.err().contains("disabel"), typo.err());

        write("fearless.yml", "threads: many\n");
        Cli.Run type = scan(src());
        assertEquals(Main.USAGE, type.exit());
        assertTrue(type.err().contains("threads"), type.err());

        write("fearless.yml", "rules: {disable: [NoSuchRule]}\n");
        Cli.Run rule = scan(src());
        assertEquals(Main.USAGE, rule.exit());
        assertTrue(rule.err().contains("NoSuchRule"), rule.err());

        write("fearless.yml", "rules: [unclosed\n");
        Cli.Run yaml = scan(src());
        assertEquals(Main.USAGE, yaml.exit());
        assertTrue(yaml.err().startsWith("fearless: fearless.yml: not valid YAML at line 2, column 1: "), yaml.err());
        assertFalse(yaml.err().contains(dir.toString()), yaml.err());

        write("fearless.yml", "failOn: never\nfailOn: warning\n");
        Cli.Run twice = scan(src());
        assertEquals(Main.USAGE, twice.exit());
        assertTrue(twice.err().startsWith("fearless: fearless.yml: failOn: duplicate key (lines 1 and 2)"), twice.err());
    }

    @Test
    void config_explicitFileMissing_exitsTwo() throws IOException {
        bad("A");
        Cli.Run r = scan("--config", dir.resolve("other.yml").toString(), src());
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("other.yml"), r.err());
    }

    // ---------------------------------------------------------------------------------------------
    // File mode (pre-commit)

    private static final String LOCKS = """
            class Locks {
                static final Object FIRST = new Object();
                static final Object SECOND = new Object();
            }
            """;

    @Test
    void givenFiles_areAnalysedInTheirProgram_andOnlyFindingsTouchingThemAreReported() throws IOException {
        write("src/Locks.java", LOCKS);
        Path forward = write("src/Forward.java", """
                class Forward {
                    void run() {
                        synchronized (Locks.FIRST) { synchronized (Locks.SECOND) { step(); } }
                    }
                    void step() { }
                }
                """);
        write("src/Backward.java", """
                class Backward {
                    void run() {
                        synchronized (Locks.SECOND) { synchronized (Locks.FIRST) { step(); } }
                    }
                    void step() { }
                }
                """);
        bad("Unrelated");

        Cli.Run whole = scan(src());
        assertTrue(whole.out().contains("[LockOrderInversion]"), whole.out());
        assertTrue(whole.out().contains("src/Unrelated.java"), whole.out());

        Cli.Run one = scan("--context", dir.toString(), forward.toString());
        assertEquals(Main.FINDINGS, one.exit(), one::toString);
        assertTrue(one.out().contains("[LockOrderInversion]"), "the cycle needs Backward.java to be seen: " + one.out());
        assertFalse(one.out().contains("Unrelated"), one.out());

        Cli.Run unrelated = scan("--context", dir.toString(), dir.resolve("src/Locks.java").toString());
        assertEquals(Main.OK, unrelated.exit(), unrelated::toString);
    }

    @Test
    void givenFiles_withoutContext_useTheirGitRepository() throws IOException {
        Files.createDirectories(dir.resolve("repo/.git"));
        write("repo/src/Locks.java", LOCKS);
        write("repo/src/Backward.java", """
                class Backward {
                    void run() { synchronized (Locks.SECOND) { synchronized (Locks.FIRST) { } } }
                }
                """);
        Path forward = write("repo/src/Forward.java", """
                class Forward {
                    void run() { synchronized (Locks.FIRST) { synchronized (Locks.SECOND) { } } }
                }
                """);
        Cli.Run r = Cli.run("scan", "--no-cache", "--threads", "1", forward.toString());
        assertTrue(r.out().contains("[LockOrderInversion]"), r.out());
        assertTrue(r.out().startsWith("src/Forward.java:") || r.out().contains("\nsrc/Forward.java:")
                || r.out().startsWith("src/Backward.java:"), "paths are relative to the repository: " + r.out());
    }

    @Test
    void givenFiles_parseErrorsAreReportedOnlyForThem() throws IOException {
        write("src/Broken.java", "class Broken {");
        Path clean = write("src/Clean.java", "class Clean { }\n");
        Cli.Run r = scan("--context", dir.toString(), clean.toString());
        assertEquals(Main.OK, r.exit(), r::toString);
        assertFalse(r.err().contains("Broken.java"), r.err());
        Cli.Run broken = scan("--context", dir.toString(), dir.resolve("src/Broken.java").toString());
        assertTrue(broken.err().contains("Broken.java"), broken.err());
    }

    // ---------------------------------------------------------------------------------------------
    // Cache

    @Test
    void cacheDir_isFilledOnce_andTheWarmRunReportsTheSame() throws IOException {
        bad("A");
        bad("B");
        Path cache = dir.resolve("cache");
        List<String> args = List.of("scan", "--root", dir.toString(), "--threads", "1", "--cache-dir", cache.toString(),
                src());
        Cli.Run cold = Cli.run(args.toArray(String[]::new));
        long entries;
        try (Stream<Path> files = Files.walk(cache)) {
            entries = files.filter(p -> p.toString().endsWith(".facts")).count();
        }
        assertEquals(2, entries);
        Cli.Run warm = Cli.run(args.toArray(String[]::new));
        assertEquals(cold.out(), warm.out());
        assertEquals(cold.exit(), warm.exit());
    }

    @Test
    void noCache_writesNothing() throws IOException {
        bad("A");
        Path cache = dir.resolve("cache");
        Cli.Run r = Cli.run("scan", "--root", dir.toString(), "--no-cache", "--cache-dir", cache.toString(), src());
        assertEquals(Main.FINDINGS, r.exit(), r::toString);
        assertFalse(Files.exists(cache));
    }
}
