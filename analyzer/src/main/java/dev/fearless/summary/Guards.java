package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.LockRef;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The lock that guards a field, inferred from its uses: a lock held <em>for</em> the field. It must be
 * the field's own object's lock (its monitor or one of its lock fields, or a class-level lock of the
 * class that declares the field); a lock of some other object or class that callers happen to hold
 * serves another purpose. And it must be held at every run of some access: an access that runs both
 * with and without it (a helper reached from one synchronized caller and from unsynchronized ones)
 * shows that the lock comes from the caller, not from the field. The guard is the candidate held
 * always at the most places that touch the field; the uses at those places are guarded.
 */
public record Guards(LockRef lock, List<FieldUse> guarded, List<FieldUse> unguarded) {

    public static Guards infer(List<FieldUse> uses) {
        Map<String, List<FieldUse>> bySite = new LinkedHashMap<>();
        for (FieldUse u : uses) {
            bySite.computeIfAbsent(site(u), k -> new ArrayList<>()).add(u);
        }
        Map<LockRef, Integer> counts = new HashMap<>();
        Map<String, TreeSet<LockRef>> always = new HashMap<>();
        for (Map.Entry<String, List<FieldUse>> e : bySite.entrySet()) {
            TreeSet<LockRef> common = null;
            for (FieldUse u : e.getValue()) {
                TreeSet<LockRef> held = new TreeSet<>();
                for (LockRef l : u.held().locks()) {
                    if (candidate(u.field(), l)) {
                        held.add(l);
                    }
                }
                if (common == null) {
                    common = held;
                } else {
                    common.retainAll(held);
                }
            }
            always.put(e.getKey(), common);
            for (LockRef l : common) {
                counts.merge(l, 1, Integer::sum);
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
            (best != null && always.get(site(u)).contains(best) ? guarded : unguarded).add(u);
        }
        return new Guards(best, guarded, unguarded);
    }

    private static String site(FieldUse u) {
        return u.originMethod() + "@" + u.origin();
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

    /**
     * Whether the lock can guard the field: a comparable lock of the field's own object, or a class-level
     * lock of the class that declares it (or of a class it is nested in), and not the monitor of the
     * field's own value when the field is reassigned (that lock changes with it). A static field is
     * guarded only by a lock shared by all instances (a class monitor or a lock in a static field).
     */
    public static boolean candidate(FieldInfo f, LockRef l) {
        if (!comparable(l)) {
            return false;
        }
        if (l.kind() == LockRef.Kind.CLASS) {
            return ownClass(f.owner(), l.className());
        }
        AccessPath p = l.path();
        if (f.facts().isStatic() && p.root() != AccessPath.Root.STATIC) {
            return false; // each instance has its own: threads working on two instances do not exclude each other
        }
        boolean ownValue = l.kind() == LockRef.Kind.MONITOR && p.fields().size() == 1
                && p.lastField().equals(f.name()) && (p.root() == AccessPath.Root.STATIC) == f.facts().isStatic();
        if (ownValue && !f.facts().isFinal()) {
            return false;
        }
        return p.root() != AccessPath.Root.STATIC || ownClass(f.owner(), p.rootName());
    }

    private static boolean ownClass(TypeInfo owner, String written) {
        String simple = Describe.simple(written);
        for (TypeInfo t = owner; t != null; t = t.enclosing()) {
            if (t.name().equals(written) || t.simpleName().equals(simple)) {
                return true;
            }
        }
        return false;
    }
}
