package dev.fearless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        return new Check.Settings(List.of(main), project, excludes, 2, List.of(), List.of(), baseline, sarif, failOn);
    }

    @Test
    void aBugFailsTheBuildAndIsInTheSarifWithAPathRelativeToTheProject() throws IOException {
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
    void failOnNeverOrAboveTheFindingsSeverityPassesAndStillWritesTheReport() throws IOException {
        for (FailOn level : List.of(FailOn.NEVER, FailOn.ERROR)) {
            Check.Outcome outcome = Check.run(settings(level, null, List.of()));
            assertEquals(1, outcome.findings().size());
            assertTrue(outcome.failure().isEmpty(), level.label());
            assertTrue(Files.readString(sarif).contains("SyncOnSharedConstant"));
        }
    }

    @Test
    void itsOwnReportAsABaselineMakesTheBuildPassAndMarksResultsUnchanged() throws IOException {
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
    void excludedFilesAreNotScanned() throws IOException {
        Check.Outcome outcome = Check.run(settings(FailOn.WARNING, null, List.of("**/demo/**")));
        assertEquals(0, outcome.findings().size());
        assertFalse(outcome.failure().isPresent());
        assertTrue(Files.exists(sarif));
    }
}
