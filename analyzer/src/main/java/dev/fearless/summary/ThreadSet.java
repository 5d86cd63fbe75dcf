package dev.fearless.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * The logical threads that can run a method (or reach one access), kept small: a few named threads,
 * and whether there are more. Only one fact decides a race between two sets: whether both are the
 * same single logical thread that never runs twice at once; beyond that, the named threads are for
 * messages.
 */
public final class ThreadSet {

    /** How many threads a set names; a larger set is marked {@link #more()}. */
    static final int MAX = 4;

    public static final ThreadSet NONE = new ThreadSet(List.of(), false);

    private final List<LogicalThread> threads;
    private final boolean more;

    private ThreadSet(List<LogicalThread> threads, boolean more) {
        this.threads = threads;
        this.more = more;
    }

    public static ThreadSet of(LogicalThread t) {
        return new ThreadSet(List.of(t), false);
    }

    /** The threads named, in the order they were found. */
    public List<LogicalThread> threads() {
        return threads;
    }

    /** Whether the set has threads beyond those it names. */
    public boolean more() {
        return more;
    }

    public boolean isEmpty() {
        return threads.isEmpty();
    }

    /** The union of both sets (this one when nothing is added). */
    public ThreadSet plus(ThreadSet other) {
        if (other.threads.isEmpty() || other == this) {
            return this;
        }
        List<LogicalThread> joined = new ArrayList<>(threads);
        boolean extra = more || other.more;
        for (LogicalThread t : other.threads) {
            if (joined.contains(t)) {
                continue;
            }
            if (joined.size() < MAX) {
                joined.add(t);
            } else {
                extra = true;
            }
        }
        if (joined.size() == threads.size() && extra == more) {
            return this;
        }
        return new ThreadSet(List.copyOf(joined), extra);
    }

    /** The set of the named threads {@code keep} accepts (those beyond the named ones stay unknown). */
    public ThreadSet filter(java.util.function.Predicate<LogicalThread> keep) {
        List<LogicalThread> kept = threads.stream().filter(keep).toList();
        return kept.size() == threads.size() ? this : new ThreadSet(kept, more);
    }

    /** The set with each named thread replaced as {@code change} says. */
    public ThreadSet map(java.util.function.UnaryOperator<LogicalThread> change) {
        List<LogicalThread> changed = new ArrayList<>();
        for (LogicalThread t : threads) {
            LogicalThread c = change.apply(t);
            if (!changed.contains(c)) {
                changed.add(c);
            }
        }
        return changed.equals(threads) ? this : new ThreadSet(List.copyOf(changed), more);
    }

    /** The one thread of the set, when it names exactly one and has no more; else {@code null}. */
    public LogicalThread only() {
        return threads.size() == 1 && !more ? threads.get(0) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThreadSet s && s.more == more && s.threads.equals(threads);
    }

    @Override
    public int hashCode() {
        return threads.hashCode() * 2 + (more ? 1 : 0);
    }

    @Override
    public String toString() {
        return threads + (more ? "+" : "");
    }
}
