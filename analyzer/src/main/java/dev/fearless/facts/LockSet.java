package dev.fearless.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The locks that are certainly held at a program point, relative to the method's entry. Immutable:
 * the extractor passes a new set down when a lock is taken ({@code held.plus(lock)}), never a stack.
 */
public final class LockSet {

    public static final LockSet EMPTY = new LockSet(List.of());

    private final List<LockRef> locks;

    private LockSet(List<LockRef> locks) {
        this.locks = locks;
    }

    public static LockSet of(LockRef... locks) {
        LockSet set = EMPTY;
        for (LockRef lock : locks) {
            set = set.plus(lock);
        }
        return set;
    }

    public static LockSet copyOf(Iterable<LockRef> locks) {
        LockSet set = EMPTY;
        for (LockRef lock : locks) {
            set = set.plus(lock);
        }
        return set;
    }

    public LockSet plus(LockRef lock) {
        if (locks.contains(lock)) {
            return this;
        }
        List<LockRef> more = new ArrayList<>(locks.size() + 1);
        more.addAll(locks);
        more.add(lock);
        Collections.sort(more);
        return new LockSet(List.copyOf(more));
    }

    public LockSet plusAll(LockSet other) {
        LockSet result = this;
        for (LockRef lock : other.locks) {
            result = result.plus(lock);
        }
        return result;
    }

    public LockSet minus(LockRef lock) {
        if (!locks.contains(lock)) {
            return this;
        }
        List<LockRef> fewer = new ArrayList<>(locks);
        fewer.remove(lock);
        return fewer.isEmpty() ? EMPTY : new LockSet(List.copyOf(fewer));
    }

    /** The locks held in both sets: what is certainly held where two paths meet. */
    public LockSet intersect(LockSet other) {
        if (this == other || other.locks.equals(locks)) {
            return this;
        }
        Set<LockRef> common = new TreeSet<>(locks);
        common.retainAll(other.locks);
        return common.isEmpty() ? EMPTY : new LockSet(List.copyOf(common));
    }

    public boolean contains(LockRef lock) {
        return locks.contains(lock);
    }

    public boolean isEmpty() {
        return locks.isEmpty();
    }

    public int size() {
        return locks.size();
    }

    public List<LockRef> locks() {
        return locks;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LockSet other && other.locks.equals(locks);
    }

    @Override
    public int hashCode() {
        return locks.hashCode();
    }

    @Override
    public String toString() {
        return locks.toString();
    }
}
