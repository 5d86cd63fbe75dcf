package dev.fearless.facts;

import java.util.Set;

/**
 * The lines of a declaration (type, method, field, local variable) annotated {@code @SuppressWarnings}
 * or SpotBugs' {@code @SuppressFBWarnings}, with the names it lists (SpotBugs' as
 * {@code spotbugs:<pattern>}). The engine decides which rules a name silences: {@code "fearless"} (all),
 * {@code "fearless:RuleId"}, and the names of equivalent checks in other tools (Error Prone's
 * {@code "GuardedBy"} silences GuardedByViolation, so code already reviewed for those tools stays quiet).
 */
public record SuppressionRange(int startLine, int endLine, Set<String> names) {

    /**
     * The name of a range a comment covers that says the race there is deliberate (the comment's last line
     * and the next, the statement it sits on or above): it silences nothing, but makes a race found there
     * a note that says so.
     */
    public static final String DELIBERATE_RACE = "fearless-comment:deliberate-race";

    /** The prefix of the bug patterns a {@code @SuppressFBWarnings} names. */
    public static final String SPOTBUGS = "spotbugs:";

    public SuppressionRange {
        names = Set.copyOf(names);
    }

    public boolean covers(int line) {
        return line >= startLine && line <= endLine;
    }

    /**
     * Whether the range silences a check named {@code name}: it lists the name, or, for a SpotBugs bug
     * pattern, a prefix of it, as SpotBugs matches ({@code "JLM"} silences
     * {@code JLM_JSR166_UTILCONCURRENT_MONITORENTER}).
     */
    public boolean silences(String name) {
        if (names.contains(name)) {
            return true;
        }
        if (name.startsWith(SPOTBUGS)) {
            for (String n : names) {
                if (n.startsWith(SPOTBUGS) && n.length() > SPOTBUGS.length() && name.startsWith(n)) {
                    return true;
                }
            }
        }
        return false;
    }
}
