package dev.fearless.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.jcup.sarif_2_1_0.model.Result;
import dev.fearless.rule.Finding;
import dev.fearless.rule.Severity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An earlier SARIF report as a baseline: which findings are known, and what is read from the file. */
class BaselineTest {

    @TempDir
    Path dir;

    private final Finding known = Findings.finding("SyncOnSharedConstant", Severity.WARNING, 7, "aaaa");
    private final Finding alsoKnown = Findings.finding("SyncOnSharedConstant", Severity.WARNING, 13, "aaaa:2");
    private final Finding fresh = Findings.finding("UnguardedWrite", Severity.ERROR, 20, "bbbb");

    private Path sarif(List<Finding> findings, Map<Finding, Result.BaselineState> states) throws IOException {
        String json = new SarifReporter("test", URI.create("https://example.invalid"))
                .toJson(findings, List.of(), List.of(), dir, true, states);
        Path file = dir.resolve("baseline.sarif");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void findingsWhoseFingerprintIsInTheSarifAreNotNew() throws IOException {
        Baseline baseline = Baseline.read(sarif(List.of(known, alsoKnown), Map.of()));
        assertEquals(2, baseline.size());
        assertTrue(baseline.contains(known));
        assertTrue(baseline.contains(alsoKnown));
        assertFalse(baseline.contains(fresh));
        assertEquals(List.of(fresh), baseline.newFindings(List.of(known, fresh, alsoKnown)));
    }

    @Test
    void aMovedFindingWithTheSameFingerprintIsStillKnown() throws IOException {
        Baseline baseline = Baseline.read(sarif(List.of(known), Map.of()));
        Finding moved = Findings.finding("SyncOnSharedConstant", Severity.WARNING, 42, "aaaa");
        assertEquals(List.of(), baseline.newFindings(List.of(moved)));
    }

    @Test
    void resultsMarkedAbsentAreNotPartOfTheBaseline() throws IOException {
        Baseline baseline = Baseline.read(sarif(List.of(known, fresh),
                Map.of(known, Result.BaselineState.UNCHANGED, fresh, Result.BaselineState.ABSENT)));
        assertTrue(baseline.contains(known));
        assertFalse(baseline.contains(fresh));
    }

    @Test
    void anEmptyReportAndNoBaselineMakeEverythingNew() throws IOException {
        List<Finding> all = List.of(known, fresh);
        assertEquals(all, Baseline.read(sarif(List.of(), Map.of())).newFindings(all));
        assertEquals(all, Baseline.NONE.newFindings(all));
    }

    @Test
    void aMissingOrMalformedFileIsAnErrorNamingIt() throws IOException {
        Path missing = dir.resolve("nope.sarif");
        IOException e = assertThrows(IOException.class, () -> Baseline.read(missing));
        assertTrue(e.getMessage().contains("nope.sarif"), e.getMessage());

        Path garbage = dir.resolve("garbage.sarif");
        Files.writeString(garbage, "{ this is not json");
        e = assertThrows(IOException.class, () -> Baseline.read(garbage));
        assertTrue(e.getMessage().contains("garbage.sarif"), e.getMessage());
    }
}
