package dev.fearless.facts;

import java.util.List;

/**
 * A loop. {@code condition} is its condition as normalized source text (for comparing the predicates
 * of waits); {@code conditionReads} the fields its condition reads; {@code parent} the enclosing loop.
 */
public record Loop(int parent, Position pos, Kind kind, String condition, List<AccessPath> conditionReads) implements java.io.Serializable {

    public Loop {
        conditionReads = List.copyOf(conditionReads);
    }

    /** Kinds of loop. */
    public enum Kind { WHILE, DO, FOR, FOR_EACH }
}
