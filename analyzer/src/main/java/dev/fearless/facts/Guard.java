package dev.fearless.facts;

import java.util.List;

/**
 * A condition that holds for the events nested under it: the then-branch of {@code if (x == null)}
 * implies {@code x IS_NULL}; the statements after {@code if (x != null) return x;} imply it too.
 * {@code held} is the lock set where the condition was evaluated; {@code parent} is the enclosing
 * guard or -1. {@code operand} marks the guard of a short-circuit operand: the right side of {@code a && b}
 * runs only where {@code a} is true, as a branch does, but it is part of one expression, not a statement
 * the condition chooses.
 */
public record Guard(int parent, Position pos, LockSet held, List<Test> implied, boolean operand) {

    public Guard {
        implied = List.copyOf(implied);
    }

    /** One fact a condition implies about a value. */
    public record Test(Value subject, TestKind kind) {
    }

    /** What a test says about its subject. */
    public enum TestKind {
        IS_NULL, NOT_NULL, IS_TRUE, IS_FALSE, COMPARED,
        /** Compared with zero and found above it ({@code x > 0}, {@code x >= 1}). */
        POSITIVE,
        /** Compared with zero and found not above it ({@code x <= 0}, {@code x < 1}, the false branch of {@code x > 0}). */
        NOT_POSITIVE,
        /**
         * A future not yet done: what a {@code get()} on it waits for. No condition of the code says it; the
         * summaries put it on a wait for a future parameter, which a caller passing a done one rules out.
         */
        NOT_DONE,
        /** Equal to an integer constant ({@code x == 0}, the false branch of {@code x != 1}). */
        EQUALS_INTEGER;

        /** Whether this and {@code other} cannot both hold of one value ({@code IS_NULL} and {@code NOT_NULL}...). */
        public boolean contradicts(TestKind other) {
            return switch (this) {
                case IS_NULL -> other == NOT_NULL;
                case NOT_NULL -> other == IS_NULL;
                case IS_TRUE -> other == IS_FALSE;
                case IS_FALSE -> other == IS_TRUE;
                case POSITIVE -> other == NOT_POSITIVE;
                case NOT_POSITIVE -> other == POSITIVE;
                default -> false;
            };
        }
    }
}
