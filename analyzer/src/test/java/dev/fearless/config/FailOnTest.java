package dev.fearless.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.report.Findings;
import dev.fearless.rule.Finding;
import dev.fearless.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code failOn}: its spellings and which severities fail a run. */
class FailOnTest {

    @Test
    void parsesTheFourLevelsIgnoringCaseAndBlanks() {
        assertEquals(FailOn.ERROR, FailOn.parse("error"));
        assertEquals(FailOn.WARNING, FailOn.parse(" Warning "));
        assertEquals(FailOn.NOTE, FailOn.parse("NOTE"));
        assertEquals(FailOn.NEVER, FailOn.parse("never"));
    }

    @Test
    void rejectsAnythingElseNamingTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FailOn.parse("warn"));
        assertTrue(e.getMessage().contains("error, warning, note, never"), e.getMessage());
        assertTrue(e.getMessage().contains("'warn'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FailOn.parse(null));
    }

    @Test
    void thresholdsIncludeEverythingMoreSevere() {
        assertTrue(FailOn.ERROR.fails(Severity.ERROR));
        assertFalse(FailOn.ERROR.fails(Severity.WARNING));
        assertFalse(FailOn.ERROR.fails(Severity.NOTE));

        assertTrue(FailOn.WARNING.fails(Severity.ERROR));
        assertTrue(FailOn.WARNING.fails(Severity.WARNING));
        assertFalse(FailOn.WARNING.fails(Severity.NOTE));

        assertTrue(FailOn.NOTE.fails(Severity.ERROR));
        assertTrue(FailOn.NOTE.fails(Severity.WARNING));
        assertTrue(FailOn.NOTE.fails(Severity.NOTE));

        for (Severity s : Severity.values()) {
            assertFalse(FailOn.NEVER.fails(s));
        }
    }

    @Test
    void failingKeepsOnlyFindingsAtOrAboveTheThreshold() {
        var error = Findings.finding("A", Severity.ERROR, 1, "fp1");
        var warning = Findings.finding("B", Severity.WARNING, 2, "fp2");
        var note = Findings.finding("C", Severity.NOTE, 3, "fp3");
        List<Finding> all = List.of(error, warning, note);
        assertEquals(List.of(error), FailOn.ERROR.failing(all));
        assertEquals(List.of(error, warning), FailOn.WARNING.failing(all));
        assertEquals(all, FailOn.NOTE.failing(all));
        assertEquals(List.of(), FailOn.NEVER.failing(all));
    }
}
