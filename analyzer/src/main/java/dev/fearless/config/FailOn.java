package dev.fearless.config;

import dev.fearless.rule.Finding;
import dev.fearless.rule.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The lowest severity of a new finding that fails the run ({@code failOn} in {@code fearless.yml} and the
 * Maven plugin, {@code --fail-on} on the command line), or {@link #NEVER}.
 */
public enum FailOn {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    NOTE(Severity.NOTE),
    NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** Parses {@code error}, {@code warning}, {@code note} or {@code never}, ignoring case and surrounding blanks. */
    public static FailOn parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (FailOn f : values()) {
            if (f.label().equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("failOn must be one of "
                + Arrays.stream(values()).map(FailOn::label).collect(Collectors.joining(", "))
                + "; was '" + value + "'");
    }

    /** The lower-case name used in configuration files, the POM and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a finding of this severity fails the run. */
    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    /** The findings among {@code findings} that fail the run, in their order. */
    public List<Finding> failing(List<Finding> findings) {
        return findings.stream().filter(f -> fails(f.severity())).toList();
    }
}
