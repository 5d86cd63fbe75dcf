package dev.fearless.facts;

import java.util.List;

/**
 * A loop. {@code condition} is its condition as normalized source text; {@code predicate} what that
 * condition tests, for comparing the predicates of waits: the same text with each call of a predicate
 * helper of its own class whose answer one test of fields decides replaced by that test
 * ({@code !linkFirst(e)} waits while {@code count >= capacity}); {@code conditionReads} the fields its
 * condition reads; {@code parent} the enclosing loop;
 * {@code exits} where its body leaves it other than through the condition: a {@code break} out of it, or
 * a {@code return}.
 */
public record Loop(int parent, Position pos, Kind kind, String condition, String predicate, List<AccessPath> conditionReads,
                   List<Position> exits) {

    public Loop {
        conditionReads = List.copyOf(conditionReads);
        exits = List.copyOf(exits);
    }

    /** Kinds of loop. */
    public enum Kind { WHILE, DO, FOR, FOR_EACH }

    /** Whether the loop's condition is absent or the literal {@code true}: only a jump can end it. */
    public boolean endless() {
        return kind != Kind.FOR_EACH && (condition.isEmpty() || condition.equals("true"));
    }

    /** A copy with {@code exits} as its exits. */
    public Loop withExits(List<Position> exits) {
        return new Loop(parent, pos, kind, condition, predicate, conditionReads, exits);
    }
}
