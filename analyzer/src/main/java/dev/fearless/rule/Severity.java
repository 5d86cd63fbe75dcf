package dev.fearless.rule;

import java.util.Locale;

/** How serious a finding is; maps to SARIF levels and to {@code --fail-on}. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The lower-case name used on the command line, in text output and as the SARIF level. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
