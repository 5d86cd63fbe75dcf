package dev.fearless.facts;

import java.util.Set;

/**
 * The lines of a declaration annotated {@code @SuppressWarnings("fearless")} (all rules, {@code rules}
 * empty) or {@code @SuppressWarnings("fearless:RuleId")}.
 */
public record SuppressionRange(int startLine, int endLine, Set<String> rules) {

    public SuppressionRange {
        rules = Set.copyOf(rules);
    }

    public boolean suppresses(String ruleId, int line) {
        return line >= startLine && line <= endLine && (rules.isEmpty() || rules.contains(ruleId));
    }
}
