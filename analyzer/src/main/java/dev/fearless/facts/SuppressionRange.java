package dev.fearless.facts;

import java.util.Set;

/**
 * The lines of a declaration (type, method, field, local variable) annotated {@code @SuppressWarnings},
 * with the names it lists. The engine decides which rules a name silences: {@code "fearless"} (all),
 * {@code "fearless:RuleId"}, and the names of equivalent checks in other tools (Error Prone's
 * {@code "GuardedBy"} silences GuardedByViolation, so code already reviewed for those tools stays quiet).
 */
public record SuppressionRange(int startLine, int endLine, Set<String> names) {

    public SuppressionRange {
        names = Set.copyOf(names);
    }

    public boolean covers(int line) {
        return line >= startLine && line <= endLine;
    }
}
