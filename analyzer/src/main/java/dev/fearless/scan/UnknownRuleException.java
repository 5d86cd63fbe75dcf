package dev.fearless.scan;

import java.util.List;

/**
 * Rule ids given as options (not in {@code fearless.yml}) that no rule has. Carries the ids so that
 * each front end can name its own option; the message is the command line's.
 */
public final class UnknownRuleException extends ScanException {

    private static final long serialVersionUID = 1L;

    private final List<String> unknown;
    private final List<String> known;

    UnknownRuleException(List<String> unknown, List<String> known) {
        super("unknown rule '" + unknown.get(0) + "'; 'fearless rules' lists them");
        this.unknown = List.copyOf(unknown);
        this.known = List.copyOf(known);
    }

    /** The unknown ids, each once, in the order given. */
    public List<String> unknown() {
        return unknown;
    }

    /** Every rule id there is, in catalog order. */
    public List<String> known() {
        return known;
    }
}
