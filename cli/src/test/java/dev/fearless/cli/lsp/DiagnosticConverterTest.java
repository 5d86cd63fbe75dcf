package dev.fearless.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.discover.FileProblem;
import dev.fearless.facts.Position;
import dev.fearless.rule.Finding;
import dev.fearless.rule.Fix;
import dev.fearless.facts.Location;
import dev.fearless.rule.Severity;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** fearless's 1-based, end-inclusive positions become LSP's 0-based, end-exclusive ranges; evidence becomes related information. */
class DiagnosticConverterTest {

    private final DiagnosticConverter convert = new DiagnosticConverter(path -> "file:///w/" + path);

    private static Range range(int line, int character, int endLine, int endCharacter) {
        return new Range(new org.eclipse.lsp4j.Position(line, character), new org.eclipse.lsp4j.Position(endLine, endCharacter));
    }

    @Test
    void position_becomesAZeroBasedRangeEndingAfterItsLastCharacter() {
        assertEquals(range(6, 8, 6, 14), DiagnosticConverter.range(Position.of(7, 9, 7, 14)));
        assertEquals(range(0, 0, 0, 0), DiagnosticConverter.range(Position.UNKNOWN));
    }

    @Test
    void finding_namesItsRuleAndSeverity_andItsEvidenceIsRelatedInformation() {
        Location a = new Location("a/A.java", Position.of(3, 5, 3, 9), "");
        Location b = new Location("b/B.java", Position.of(8, 1, 8, 4), "takes `b` here");
        Finding f = new Finding("LockOrderInversion", Severity.ERROR, a, "a cycle", "a.A.m",
                List.of(new Location("b/B.java", Position.of(2, 1, 2, 2), "")), List.of(List.of(a, b), List.of(b)),
                List.of(), "abc");

        Diagnostic d = convert.diagnostic(f);

        assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        assertEquals("LockOrderInversion", d.getCode().getLeft());
        assertEquals("fearless", d.getSource());
        assertEquals("a cycle", d.getMessage().getLeft());
        assertEquals("abc", d.getData());
        assertEquals(List.of("file:///w/b/B.java related location", "file:///w/a/A.java path 1, step 1",
                "file:///w/b/B.java path 1, step 2: takes `b` here", "file:///w/b/B.java path 2, step 1: takes `b` here"),
                d.getRelatedInformation().stream().map(DiagnosticConverterTest::describe).toList());
        assertEquals(range(7, 0, 7, 4), d.getRelatedInformation().get(2).getLocation().getRange());
    }

    @Test
    void note_isInformation() {
        assertEquals(DiagnosticSeverity.Information, DiagnosticConverter.severity(Severity.NOTE));
        assertEquals(DiagnosticSeverity.Warning, DiagnosticConverter.severity(Severity.WARNING));
    }

    @Test
    void fix_isAnEditOfItsExclusiveRange() {
        Fix fix = new Fix("Call start() instead of run()",
                List.of(new Fix.Replacement("demo/L.java", Position.of(5, 12, 5, 15), "start")));
        assertEquals(Map.of("file:///w/demo/L.java", List.of(new TextEdit(range(4, 11, 4, 14), "start"))),
                convert.edit(fix).getChanges());
    }

    @Test
    void problemWithoutAPlace_isShownAtTheStartOfTheFile() {
        Diagnostic d = convert.diagnostic(FileProblem.tooComplex("demo/Deep.java", "nesting too deep to analyse"), false);
        assertEquals(range(0, 0, 0, 1), d.getRange());
        assertEquals("too-complex", d.getCode().getLeft());
        assertEquals("fearless skipped this file: nesting too deep to analyse", d.getMessage().getLeft());
    }

    private static String describe(DiagnosticRelatedInformation r) {
        return r.getLocation().getUri() + " " + r.getMessage();
    }
}
