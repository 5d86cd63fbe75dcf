package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.LockRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lock that guards a field, inferred from its uses: the comparable lock (one every method names the
 * same way: the owner's monitor or lock fields, a class, a static) held by the most uses.
 */
public record Guards(LockRef lock, List<FieldUse> guarded, List<FieldUse> unguarded) {

    public static Guards infer(List<FieldUse> uses) {
        Map<LockRef, Integer> counts = new HashMap<>();
        for (FieldUse u : uses) {
            for (LockRef l : u.held().locks()) {
                if (comparable(l)) {
                    counts.merge(l, 1, Integer::sum);
                }
            }
        }
        LockRef best = null;
        int max = 0;
        for (Map.Entry<LockRef, Integer> e : counts.entrySet()) {
            if (e.getValue() > max || e.getValue() == max && best != null && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        List<FieldUse> guarded = new ArrayList<>();
        List<FieldUse> unguarded = new ArrayList<>();
        for (FieldUse u : uses) {
            (best != null && holds(u, best) ? guarded : unguarded).add(u);
        }
        return new Guards(best, guarded, unguarded);
    }

    /** Whether the use holds the lock (a write lock also covers its read lock). */
    public static boolean holds(FieldUse u, LockRef lock) {
        if (u.held().contains(lock)) {
            return true;
        }
        if (lock.kind() == LockRef.Kind.READ || lock.kind() == LockRef.Kind.WRITE) {
            return u.held().locks().stream().anyMatch(l -> (l.kind() == LockRef.Kind.READ || l.kind() == LockRef.Kind.WRITE)
                    && l.path().equals(lock.path()));
        }
        return false;
    }

    /** Locks that name the same object from every method of the owner. */
    public static boolean comparable(LockRef l) {
        if (l.kind() == LockRef.Kind.CLASS) {
            return true;
        }
        AccessPath p = l.path();
        return p.root() == AccessPath.Root.THIS || p.root() == AccessPath.Root.STATIC;
    }
}
