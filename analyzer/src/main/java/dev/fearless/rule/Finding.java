package dev.fearless.rule;

import dev.fearless.facts.Location;
import java.util.Comparator;
import java.util.List;

/**
 * One reported problem: the rule, where (the primary location), what (the message), in which
 * declaration ({@code logicalLocation}, e.g. {@code pkg.Type.method}), the evidence (related locations
 * and code flows, each flow a sequence of locations), mechanical fixes, and a fingerprint that survives
 * unrelated edits (filled in by the engine).
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String logicalLocation,
                      List<Location> related, List<List<Location>> flows, List<Fix> fixes, String fingerprint) {

    /** Order of reports: file, line, column, rule, message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
        flows = flows.stream().map(List::copyOf).toList();
        fixes = List.copyOf(fixes);
    }

    public Finding withFingerprint(String value) {
        return new Finding(ruleId, severity, location, message, logicalLocation, related, flows, fixes, value);
    }

    /**
     * This finding as a note whose message ends with {@code clause} (a reason it is a note), unless it is
     * one already.
     */
    public Finding asNote(String clause) {
        return severity == Severity.NOTE ? this : new Finding(ruleId, Severity.NOTE, location, message + clause,
                logicalLocation, related, flows, fixes, fingerprint);
    }

    public Finding withSeverity(Severity value) {
        return new Finding(ruleId, value, location, message, logicalLocation, related, flows, fixes, fingerprint);
    }
}
