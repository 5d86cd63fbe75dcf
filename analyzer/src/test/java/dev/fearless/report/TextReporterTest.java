package dev.fearless.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.discover.FileProblem;
import dev.fearless.facts.Position;
import dev.fearless.rule.Finding;
import dev.fearless.facts.Location;
import dev.fearless.rule.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compiler-style text output, one finding per line. */
class TextReporterTest {

    private static Finding finding(String path, int line, int column, Severity severity, String rule, String message) {
        return new Finding(rule, severity, new Location(path, Position.of(line, column, line, column + 3), ""), message,
                "", List.of(), List.of(), List.of(), "");
    }

    @Test
    void line_isPathLineColumnSeverityRuleAndMessage() {
        Finding f = finding("src/p/A.java", 12, 7, Severity.WARNING, "EmptySynchronized", "empty block");
        assertEquals("src/p/A.java:12:7: warning: [EmptySynchronized] empty block", TextReporter.line(f));
    }

    @Test
    void write_printsOneLinePerFinding_inTheGivenOrder() {
        StringWriter text = new StringWriter();
        new TextReporter().write(List.of(
                finding("A.java", 1, 1, Severity.ERROR, "RuleA", "first"),
                finding("B.java", 2, 3, Severity.NOTE, "RuleB", "second")), new PrintWriter(text));
        assertEquals(List.of("A.java:1:1: error: [RuleA] first", "B.java:2:3: note: [RuleB] second"),
                text.toString().lines().toList());
    }

    @Test
    void noFindings_printNothing() {
        StringWriter text = new StringWriter();
        new TextReporter().write(List.of(), new PrintWriter(text));
        assertEquals("", text.toString());
    }

    @Test
    void problemsWithoutAPosition_pointAtTheStartOfTheFile_butFoldersAtNothing() {
        assertEquals("src/A.java:1:1: cannot read: permission denied",
                TextReporter.line(FileProblem.unreadable("src/A.java", "permission denied")));
        assertEquals("src/Deep.java:1:1: skipped: nesting too deep to analyse",
                TextReporter.line(FileProblem.tooComplex("src/Deep.java", "nesting too deep to analyse")));
        assertEquals("src/B.java:1:1: internal error: boom", TextReporter.line(FileProblem.internal("src/B.java", "boom")));
        assertEquals("src/C.java:4:2: cannot parse: Parse error",
                TextReporter.line(FileProblem.parseError("src/C.java", "Parse error", Position.of(4, 2, 4, 2))));
        assertEquals("src/secret: cannot read: permission denied",
                TextReporter.line(FileProblem.unreadable("src/secret", "permission denied")));
    }
}
