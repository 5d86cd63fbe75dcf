package dev.fearless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.config.FailOn;
import dev.fearless.rule.Finding;
import dev.fearless.rule.JavaRelease;
import dev.fearless.rule.Severity;
import dev.fearless.scan.ScanException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's logic on a real project layout, without Maven. */
class CheckTest {

    @TempDir
    Path project;

    private Path main;
    private Path sarif;

    @BeforeEach
    void bugProject() throws IOException {
        main = project.resolve("src/main/java");
        Files.createDirectories(main.resolve("demo"));
        Files.writeString(main.resolve("demo/Counter.java"), """
                package demo;

                public class Counter {
                    private int count;

                    public void increment() {
                        synchronized ("lock") {
                            count++;
                        }
                    }
                }
                """);
        sarif = project.resolve("target/fearless.sarif");
    }

    private Check.Settings settings(FailOn failOn, Path baseline, List<String> excludes) {
        return new Check.Settings(List.of(main), project, excludes, 2, List.of(), List.of(), baseline, sarif, failOn,
                null, null);
    }

    @Test
    void aBugFailsTheBuildAndIsInTheSarifWithAPathRelativeToTheProject() throws Exception {
        Check.Outcome outcome = Check.run(settings(FailOn.WARNING, null, List.of()));
        assertEquals(1, outcome.findings().size(), outcome.findings().toString());
        assertEquals("src/main/java/demo/Counter.java", outcome.findings().get(0).location().path());
        assertEquals(1, outcome.failing().size());
        String failure = outcome.failure().orElseThrow();
        assertTrue(failure.startsWith("fearless found 1 finding at or above failOn=warning (0 errors, 1 warning, 0 notes)"),
                failure);
        assertTrue(failure.contains("target/fearless.sarif"), failure);
        String json = Files.readString(sarif);
        assertTrue(json.contains("\"ruleId\" : \"SyncOnSharedConstant\""), json);
        assertTrue(json.contains("src/main/java/demo/Counter.java"), json);
        assertTrue(json.contains("fearless/v1"), json);
        assertTrue(outcome.summary().startsWith("fearless: 1 finding (0 errors, 1 warning, 0 notes) in 1 file"),
                outcome.summary());
        try (var left = Files.list(sarif.getParent())) {
            assertEquals(List.of(sarif), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void failOnNeverOrAboveTheFindingsSeverityPassesAndStillWritesTheReport() throws Exception {
        for (FailOn level : List.of(FailOn.NEVER, FailOn.ERROR)) {
            Check.Outcome outcome = Check.run(settings(level, null, List.of()));
            assertEquals(1, outcome.findings().size());
            assertTrue(outcome.failure().isEmpty(), level.label());
            assertTrue(Files.readString(sarif).contains("SyncOnSharedConstant"));
        }
    }

    @Test
    void itsOwnReportAsABaselineMakesTheBuildPassAndMarksResultsUnchanged() throws Exception {
        Check.run(settings(FailOn.NEVER, null, List.of()));
        Path baseline = project.resolve("fearless-baseline.sarif");
        Files.copy(sarif, baseline);

        Check.Outcome outcome = Check.run(settings(FailOn.WARNING, baseline, List.of()));
        assertEquals(1, outcome.findings().size());
        assertEquals(List.of(), outcome.newFindings());
        assertEquals(1, outcome.baselined());
        assertTrue(outcome.failure().isEmpty());
        assertTrue(outcome.summary().contains("0 new, 1 in the baseline"), outcome.summary());
        assertTrue(Files.readString(sarif).contains("\"baselineState\" : \"unchanged\""));

        // A new bug is still caught.
        Files.writeString(main.resolve("demo/Other.java"), """
                package demo;

                class Other {
                    void run() {
                        synchronized ("other") {
                            System.out.println();
                        }
                    }
                }
                """);
        outcome = Check.run(settings(FailOn.WARNING, baseline, List.of()));
        assertEquals(1, outcome.newFindings().size());
        assertEquals("src/main/java/demo/Other.java", outcome.newFindings().get(0).location().path());
        assertTrue(outcome.failure().orElseThrow().startsWith("fearless found 1 new finding"));
        assertTrue(Files.readString(sarif).contains("\"baselineState\" : \"new\""));
    }

    @Test
    void excludedFilesAreNotScanned() throws Exception {
        Check.Outcome outcome = Check.run(settings(FailOn.WARNING, null, List.of("**/demo/**")));
        assertEquals(0, outcome.findings().size());
        assertFalse(outcome.failure().isPresent());
        assertTrue(Files.exists(sarif));
    }

    @Test
    void fearlessYml_inTheBaseDirectory_setsSeveritiesRulesAndFailOn_andThePomWins() throws Exception {
        Files.writeString(project.resolve("fearless.yml"),
                "failOn: never\nrules:\n  severity: {SyncOnSharedConstant: error}\n");
        Check.Outcome outcome = Check.run(settings(null, null, List.of()));
        assertEquals(Severity.ERROR, outcome.findings().get(0).severity());
        assertTrue(outcome.failure().isEmpty(), "failOn: never from the file");
        assertTrue(Files.readString(sarif).contains("\"level\" : \"error\""));

        Check.Outcome pom = Check.run(settings(FailOn.ERROR, null, List.of()));
        assertTrue(pom.failure().orElseThrow().contains("at or above failOn=error (1 error, 0 warnings, 0 notes)"),
                pom.failure().toString());

        Files.writeString(project.resolve("fearless.yml"), "rules:\n  disable: [SyncOnSharedConstant]\n");
        assertEquals(List.of(), Check.run(settings(FailOn.WARNING, null, List.of())).findings());
    }

    @Test
    void aConfigParameter_namesAnotherFile_whichMustExist() throws Exception {
        Path config = project.resolve("quality/fearless.yml");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "rules: {disable: [SyncOnSharedConstant]}\n");
        Check.Settings named = new Check.Settings(List.of(main), project, List.of(), 1, List.of(), List.of(), null,
                sarif, FailOn.WARNING, config, null);
        assertEquals(List.of(), Check.run(named).findings());

        Check.Settings missing = new Check.Settings(List.of(main), project, List.of(), 1, List.of(), List.of(), null,
                sarif, FailOn.WARNING, project.resolve("nope.yml"), null);
        ScanException e = assertThrows(ScanException.class, () -> Check.run(missing));
        assertTrue(Check.describe(e).contains("nope.yml"), e.getMessage());
    }

    @Test
    void unknownRuleIds_areNamedWithThePomParameters() {
        Check.Settings typo = new Check.Settings(List.of(), project, List.of(), 1, List.of("NoSuchRule", " "),
                List.of("Typo"), null, sarif, null, null, null);
        ScanException e = assertThrows(ScanException.class, () -> Check.validate(typo));
        String message = Check.describe(e);
        assertTrue(message.startsWith("unknown rule ids NoSuchRule, Typo in enabledRules/disabledRules; known rules: "),
                message);
        assertTrue(message.contains("UnguardedWrite"), message);
    }

    @Test
    void aCacheDirectory_keepsTheFacts_andTheSecondRunFindsTheSame() throws Exception {
        Path cache = project.resolve("target/fearless-cache");
        Check.Settings cached = new Check.Settings(List.of(main), project, List.of(), 1, List.of(), List.of(), null,
                sarif, FailOn.NEVER, null, cache);
        List<Finding> cold = Check.run(cached).findings();
        try (var files = Files.walk(cache)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".facts")).count());
        }
        assertEquals(cold, Check.run(cached).findings());
    }

    // ---------------------------------------------------------------------------------------------
    // A module of a multi-module build

    private Path module(String name, String file, String source) throws IOException {
        Path src = project.resolve(name).resolve("src/main/java");
        Path path = src.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, source);
        return src;
    }

    private Check.Settings moduleSettings(String name, Path src, List<Path> others, List<String> excludes) {
        Path dir = project.resolve(name);
        return new Check.Settings(List.of(src), dir, excludes, 1, List.of(), List.of(), null,
                dir.resolve("target/fearless.sarif"), FailOn.WARNING, null, null, project, others);
    }

    @Test
    void aLockOrderCycleBetweenTwoModules_isFoundInEach_withPathsRelativeToTheReactor() throws Exception {
        Path a = module("a", "shop/Inventory.java", """
                package shop;
                public class Inventory {
                    public static final Object SHELF = new Object();
                    public static final Object STOREROOM = new Object();
                    private static int moved;
                    public static void restock() {
                        synchronized (SHELF) { synchronized (STOREROOM) { moved++; } }
                    }
                }
                """);
        Path b = module("b", "shop/client/Returns.java", """
                package shop.client;
                import shop.Inventory;
                public class Returns {
                    private int returned;
                    public void giveBack() {
                        synchronized (Inventory.STOREROOM) { synchronized (Inventory.SHELF) { returned++; } }
                    }
                }
                """);
        Files.delete(main.resolve("demo/Counter.java")); // the root project has no sources of its own here
        Check.Outcome alone = Check.run(new Check.Settings(List.of(a), project.resolve("a"), List.of(), 1, List.of(),
                List.of(), null, project.resolve("a/target/fearless.sarif"), FailOn.WARNING, null, null));
        assertEquals(List.of(), alone.findings(), "module a alone has no cycle");

        for (String name : List.of("a", "b")) {
            Check.Outcome outcome = Check.run(name.equals("a") ? moduleSettings("a", a, List.of(b), List.of())
                    : moduleSettings("b", b, List.of(a), List.of()));
            // the cycle, at its first side, and a note at its other side pointing to it
            assertEquals(List.of("LockOrderInversion", "LockOrderInversion"),
                    outcome.findings().stream().map(f -> f.ruleId()).toList(), name + ": " + outcome.findings());
            assertEquals(List.of("a/src/main/java/shop/Inventory.java", "b/src/main/java/shop/client/Returns.java"),
                    outcome.findings().stream().map(f -> f.location().path()).toList());
            assertEquals(List.of("ERROR", "NOTE"),
                    outcome.findings().stream().map(f -> f.severity().name()).toList());
            assertTrue(outcome.failure().isPresent());
            assertTrue(outcome.summary().contains("in 2 files of the reactor"), outcome.summary());
        }
    }

    @Test
    void aModuleReportsOnlyWhatTouchesItsOwnFiles_andItsExcludesAreRelativeToItsFolder() throws Exception {
        Path a = module("a", "demo/Counter.java", Files.readString(main.resolve("demo/Counter.java")));
        Path b = module("b", "demo/Other.java", Files.readString(main.resolve("demo/Counter.java"))
                .replace("Counter", "Other"));
        Check.Outcome outcome = Check.run(moduleSettings("a", a, List.of(b), List.of()));
        assertEquals(List.of("a/src/main/java/demo/Counter.java"),
                outcome.findings().stream().map(f -> f.location().path()).toList());
        Check.Outcome excluded = Check.run(moduleSettings("a", a, List.of(b), List.of("src/main/java/demo/**")));
        assertEquals(List.of(), excluded.findings());
    }

    @Test
    void buildRelease_isTheCompilersRelease_thenItsTarget_asTheCompilerPluginDecides() {
        assertEquals(JavaRelease.of(21), Check.buildRelease("21", "17", "11", "11"));
        assertEquals(JavaRelease.of(17), Check.buildRelease(null, "17", "11", null));
        assertEquals(JavaRelease.of(11), Check.buildRelease(null, null, "11", "1.8"));
        assertEquals(JavaRelease.of(8), Check.buildRelease(null, "${java.release}", null, "1.8"));
        assertEquals(JavaRelease.UNKNOWN, Check.buildRelease(null, null, null, null));
    }
}
