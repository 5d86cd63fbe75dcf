package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.program.MethodInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Recognizes lazy initialization: a field store inside a test of that field (or a local copy of it) for null. */
public final class LazyInits {

    private LazyInits() {
    }

    /** Whether the store is the assignment of a lazy initialization (the null check may be under a lock or not). */
    public static boolean isLazyInit(MethodInfo m, Event.FieldAccess w) {
        return nullCheck(m, w) != null;
    }

    /** The condition that tests the field (or a local copy of it) for null around the write, or null. */
    public static Guard nullCheck(MethodInfo m, Event.FieldAccess w) {
        Set<String> aliases = new HashSet<>();
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && w.path().equals(la.value().pathOrNull())) {
                aliases.add(la.local());
            }
        }
        List<Guard> guards = m.facts().guards();
        for (int g = w.guard(); g >= 0; g = guards.get(g).parent()) {
            for (Guard.Test t : guards.get(g).implied()) {
                AccessPath p = t.subject().pathOrNull();
                if (t.kind() == Guard.TestKind.IS_NULL && p != null && (p.equals(w.path())
                        || p.root() == AccessPath.Root.LOCAL && !p.isField() && aliases.contains(p.rootName()))) {
                    return guards.get(g);
                }
            }
        }
        return null;
    }

}
