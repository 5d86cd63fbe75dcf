package dev.fearless.report;

import dev.fearless.facts.Position;
import dev.fearless.rule.Finding;
import dev.fearless.facts.Location;
import dev.fearless.rule.Severity;
import java.util.List;

/** Findings made up for tests of what happens to findings after the analysis. */
public final class Findings {

    private Findings() {
    }

    public static Finding finding(String rule, Severity severity, int line, String fingerprint) {
        return new Finding(rule, severity, new Location("src/main/java/demo/C.java", Position.of(line, 5, line, 20), ""),
                rule + " at line " + line, "demo.C.m", List.of(), List.of(), List.of(), fingerprint);
    }
}
