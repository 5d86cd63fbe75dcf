package dev.fearless.report;

import de.jcup.sarif_2_1_0.model.Result;
import dev.fearless.rule.Finding;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which findings of a scan a baseline already held, and which of its results are gone.
 *
 * @param known  the findings matched to a baseline result (compared by identity)
 * @param absent the baseline's results that no finding matched, marked {@code absent}
 * @param active whether there was a baseline at all (without one, SARIF gets no baseline states)
 */
public record BaselineMatch(Set<Finding> known, List<Result> absent, boolean active) {

    /** No baseline: every finding is new. */
    public static final BaselineMatch NONE = new BaselineMatch(Set.of(), List.of(), false);

    public BaselineMatch {
        Set<Finding> copy = Collections.newSetFromMap(new IdentityHashMap<>());
        copy.addAll(known);
        known = Collections.unmodifiableSet(copy);
        absent = List.copyOf(absent);
    }

    /** Whether the baseline held this finding. */
    public boolean isKnown(Finding f) {
        return known.contains(f);
    }

    /** The findings the baseline did not hold, in their order. */
    public List<Finding> newFindings(List<Finding> findings) {
        return findings.stream().filter(f -> !isKnown(f)).toList();
    }

    /** For SARIF: each finding's baseline state, {@code new} or {@code unchanged} (empty without a baseline). */
    public Map<Finding, Result.BaselineState> states(List<Finding> findings) {
        if (!active) {
            return Map.of();
        }
        Map<Finding, Result.BaselineState> states = new IdentityHashMap<>();
        for (Finding f : findings) {
            states.put(f, isKnown(f) ? Result.BaselineState.UNCHANGED : Result.BaselineState.NEW);
        }
        return states;
    }
}
