package dev.fearless.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.jcup.sarif_2_1_0.model.Result;
import dev.fearless.facts.Position;
import dev.fearless.rule.Finding;
import dev.fearless.facts.Location;
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
        return sarif(findings, states, SourceLines.NONE);
    }

    private Path sarif(List<Finding> findings, Map<Finding, Result.BaselineState> states, SourceLines source)
            throws IOException {
        String json = new SarifReporter("test", URI.create("https://example.invalid"))
                .toJson(findings, List.of(), List.of(), dir, true, states, List.of(), source);
        Path file = dir.resolve("baseline.sarif");
        Files.writeString(file, json);
        return file;
    }

    private static List<Finding> fresh(Baseline baseline, List<Finding> findings) {
        return baseline.match(findings, SourceLines.NONE).newFindings(findings);
    }

    @Test
    void findingsWhoseFingerprintIsInTheSarifAreNotNew() throws IOException {
        Baseline baseline = Baseline.read(sarif(List.of(known, alsoKnown), Map.of()));
        assertEquals(2, baseline.size());
        assertEquals(List.of(fresh), fresh(baseline, List.of(known, fresh, alsoKnown)));
    }

    @Test
    void aMovedFindingWithTheSameFingerprintIsStillKnown() throws IOException {
        Baseline baseline = Baseline.read(sarif(List.of(known), Map.of()));
        Finding moved = Findings.finding("SyncOnSharedConstant", Severity.WARNING, 42, "aaaa");
        assertEquals(List.of(), fresh(baseline, List.of(moved)));
    }

    @Test
    void resultsMarkedAbsentAreNotPartOfTheBaseline() throws IOException {
        Baseline baseline = Baseline.read(sarif(List.of(known, fresh),
                Map.of(known, Result.BaselineState.UNCHANGED, fresh, Result.BaselineState.ABSENT)));
        assertEquals(1, baseline.size());
        assertEquals(List.of(fresh), fresh(baseline, List.of(known, fresh)));
    }

    @Test
    void anEmptyReportAndNoBaselineMakeEverythingNew() throws IOException {
        List<Finding> all = List.of(known, fresh);
        assertEquals(all, fresh(Baseline.read(sarif(List.of(), Map.of())), all));
        assertEquals(all, fresh(Baseline.NONE, all));
        assertEquals(Map.of(), Baseline.NONE.match(all, SourceLines.NONE).states(all));
    }

    @Test
    void resultsNoLongerFound_areAbsent() throws IOException {
        Baseline baseline = Baseline.read(sarif(List.of(known, fresh), Map.of()));
        BaselineMatch match = baseline.match(List.of(known), SourceLines.NONE);
        assertEquals(1, match.absent().size());
        assertEquals("UnguardedWrite", match.absent().get(0).getRuleId());
        assertEquals(Result.BaselineState.ABSENT, match.absent().get(0).getBaselineState());
    }

    // ---------------------------------------------------------------------------------------------
    // Equal findings: matched by the text around them, then by the nearest position, not by their ordinal

    private Finding at(int line, String fingerprint) {
        return new Finding("UnguardedWrite", Severity.WARNING, new Location("C.java", Position.of(line, 9, line, 15), ""),
                "`count` is updated without `this`", "demo.C.m", List.of(), List.of(), List.of(), fingerprint);
    }

    private SourceLines source(String code) throws IOException {
        Files.writeString(dir.resolve("C.java"), code);
        return new SourceLines(dir);
    }

    @Test
    void aSecondEqualFindingAddedAbove_isTheNewOne_evenWhenTheOrdinalsShift() throws IOException {
        Finding old = at(5, "cccc");
        Path base = sarif(List.of(old), Map.of(), source("""
                class C {
                    int count;
                    void m() {
                        prepare();
                        count++;
                    }
                }
                """));
        // A block with the same finding is added right above the old one: the old one is now second
        // (ordinal 2) and the added one takes the old one's line.
        SourceLines now = source("""
                class C {
                    int count;
                    void m() {
                        prepare();
                        count++;
                        log();
                        count++;
                    }
                }
                """);
        Finding added = at(5, "cccc");
        Finding moved = at(7, "cccc:2");
        BaselineMatch match = Baseline.read(base).match(List.of(added, moved), now);
        assertEquals(List.of(added), match.newFindings(List.of(added, moved)));
        assertTrue(match.absent().isEmpty());
    }

    @Test
    void withoutContext_theNearestPositionWins_andOnATieTheFindingBelow() throws IOException {
        Path base = sarif(List.of(at(10, "dddd")), Map.of());
        Baseline baseline = Baseline.read(base);
        // added three lines above: the old finding moved to 13, the added one is far above
        Finding added = at(2, "dddd");
        Finding moved = at(13, "dddd:2");
        assertEquals(List.of(added), fresh(baseline, List.of(added, moved)));
        // one line added above the old finding holds the new one: both are one line away
        Finding addedAbove = at(9, "dddd");
        Finding movedDown = at(11, "dddd:2");
        assertEquals(List.of(addedAbove), fresh(baseline, List.of(addedAbove, movedDown)));
    }

    @Test
    void equalFindingsAlreadyInTheBaseline_stayKnown_whenOneIsRemoved() throws IOException {
        Baseline baseline = Baseline.read(sarif(List.of(at(5, "eeee"), at(9, "eeee:2")), Map.of()));
        // the first one was fixed: the second is now the only one, and has no ordinal
        Finding remaining = at(8, "eeee");
        BaselineMatch match = baseline.match(List.of(remaining), SourceLines.NONE);
        assertEquals(List.of(), match.newFindings(List.of(remaining)));
        assertEquals(1, match.absent().size());
        assertEquals(5, match.absent().get(0).getLocations().get(0).getPhysicalLocation().getRegion().getStartLine());
    }

    // ---------------------------------------------------------------------------------------------
    // What is read

    @Test
    void aMissingOrMalformedFileIsAnErrorNamingIt() throws IOException {
        Path missing = dir.resolve("nope.sarif");
        IOException e = assertThrows(IOException.class, () -> Baseline.read(missing));
        assertTrue(e.getMessage().contains("nope.sarif"), e.getMessage());

        Path garbage = dir.resolve("garbage.sarif");
        Files.writeString(garbage, "{ this is not json");
        e = assertThrows(IOException.class, () -> Baseline.read(garbage));
        assertEquals("cannot read baseline " + garbage + " as SARIF 2.1.0: not JSON at line 1, column 3", e.getMessage());
    }

    private String problem(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("b.sarif"), json);
        String message = assertThrows(IOException.class, () -> Baseline.read(file)).getMessage();
        String prefix = "cannot read baseline " + file + " as SARIF 2.1.0: ";
        assertTrue(message.startsWith(prefix), message);
        return message.substring(prefix.length());
    }

    @Test
    void jsonThatIsNotASarif210Log_isRejected_withAMessageInItsOwnWords() throws IOException {
        assertEquals("no \"version\": \"2.1.0\"; a SARIF log has one", problem("{}"));
        assertEquals("not a SARIF log (a JSON object with \"version\": \"2.1.0\" and \"runs\")", problem("[]"));
        assertEquals("not a SARIF log (a JSON object with \"version\": \"2.1.0\" and \"runs\")", problem("42"));
        assertEquals("its version is 2.0.0, not 2.1.0", problem("{\"version\": \"2.0.0\", \"runs\": []}"));
        assertEquals("no \"runs\" list; a SARIF log has one", problem("{\"version\": \"2.1.0\"}"));
        String deep = problem("{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"level\": \"loud\"}]}]}");
        assertEquals("runs[0].results[0].level: not what SARIF 2.1.0 allows there", deep);
        for (String message : List.of(deep, problem("{\"version\": \"2.1.0\", \"runs\": [{\"results\": \"x\"}]}"))) {
            assertFalse(message.contains("jcup") || message.contains("jackson") || message.contains("java."), message);
        }
    }

    @Test
    void aValidLogWithoutRuns_isAnEmptyBaseline() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.sarif"), "{\"version\": \"2.1.0\", \"runs\": []}");
        assertEquals(0, Baseline.read(file).size());
    }
}
