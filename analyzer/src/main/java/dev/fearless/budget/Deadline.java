package dev.fearless.budget;

/**
 * A point in time a piece of work must finish by; {@link #check()} throws {@link BudgetExceeded}
 * once it has passed. Long loops call it now and then: the engine cannot stop work from outside.
 */
public record Deadline(long nanos, String what) {

    /** No deadline at all. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, "");

    public static Deadline in(long millis, String what) {
        long now = System.nanoTime();
        long budget = millis * 1_000_000L;
        return new Deadline(budget >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + budget, what);
    }

    public void check() {
        if (nanos != Long.MAX_VALUE && System.nanoTime() - nanos > 0) {
            throw new BudgetExceeded(what);
        }
    }
}
