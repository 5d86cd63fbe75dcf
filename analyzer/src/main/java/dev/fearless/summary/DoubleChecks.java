package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockRef;
import dev.fearless.program.MethodInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognizes double-checked locking: a field tested outside a lock, tested again inside it, and set
 * there. Shared by the DoubleCheckedLocking rule and the race rules (which leave such reads to it).
 */
public final class DoubleChecks {

    private DoubleChecks() {
    }

    /** Whether this write is the assignment of a double-checked initialization of its field. */
    public static boolean isDoubleCheckedWrite(MethodInfo m, Event.FieldAccess w) {
        if (w.held().isEmpty()) {
            return false;
        }
        Set<String> aliases = aliases(m, w.path());
        List<Guard> guards = m.facts().guards();
        for (LockRef lock : w.held().locks()) {
            boolean inner = false;
            for (int g = w.guard(); g >= 0; g = guards.get(g).parent()) {
                Guard guard = guards.get(g);
                if (!checks(guard, w.path(), aliases)) {
                    continue;
                }
                if (guard.held().contains(lock)) {
                    inner = true;
                } else if (inner) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the method double-checks the field at {@code path} anywhere. */
    public static boolean doubleChecks(MethodInfo m, AccessPath path) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().equals(path)
                    && isDoubleCheckedWrite(m, fa)) {
                return true;
            }
        }
        return false;
    }

    private static boolean checks(Guard guard, AccessPath field, Set<String> aliases) {
        for (Guard.Test t : guard.implied()) {
            if (t.kind() != Guard.TestKind.IS_NULL && t.kind() != Guard.TestKind.IS_FALSE) {
                continue;
            }
            AccessPath p = t.subject().pathOrNull();
            if (p != null && (p.equals(field) || p.root() == AccessPath.Root.LOCAL && !p.isField()
                    && aliases.contains(p.rootName()))) {
                return true;
            }
        }
        return false;
    }

    /** Locals that hold a copy of the field somewhere in the method ({@code Foo r = instance;}). */
    private static Set<String> aliases(MethodInfo m, AccessPath field) {
        Set<String> result = new HashSet<>();
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && field.equals(la.value().pathOrNull())) {
                result.add(la.local());
            }
        }
        return result;
    }
}
