package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Value;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
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
        return checkedTwice(m, w, w.path(), null);
    }

    /**
     * Whether event {@code e} runs under a lock, inside a check of the field made holding that lock,
     * itself inside the same check made without it. With {@code m} given, a check may also test what a
     * method of the field's object says ({@code if (!boundaries.isOutOfDate())}).
     */
    private static boolean checkedTwice(MethodInfo m, Event e, AccessPath field, MethodInfo callsOnField) {
        if (e.held().isEmpty()) {
            return false;
        }
        Set<String> aliases = aliases(m, field);
        List<Guard> guards = m.facts().guards();
        for (LockRef lock : e.held().locks()) {
            boolean inner = false;
            for (int g = e.guard(); g >= 0; g = guards.get(g).parent()) {
                Guard guard = guards.get(g);
                if (!checks(guard, field, aliases) && (callsOnField == null || !checksCall(callsOnField, guard, field, aliases))) {
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

    /**
     * Whether the method double-checks the field by asking its object, an instance of a program class
     * whose fields are all final or volatile ({@code if
     * (!current.isOutOfDate()) return;}, then the same under the lock) and has a method of its own object
     * replace the field there: double-checked locking whose write is in a callee.
     */
    public static boolean doubleChecksThroughCall(Program program, MethodInfo m, AccessPath field) {
        var f = program.field(m, field);
        var type = f == null ? null : program.type(program.resolveType(f.facts().type(), f.owner()));
        if (type == null || !Immutables.finalOrVolatile(program, type)) {
            return false; // a mutable object read by the unlocked check could be seen half built
        }
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Call call) || call.held().isEmpty() || !call.receiver().isSelf()) {
                continue;
            }
            for (MethodInfo target : program.callGraph().targets(m, i)) {
                if (writes(target, field) && checkedTwice(m, call, field, m)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean writes(MethodInfo m, AccessPath field) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().equals(field)) {
                return true;
            }
        }
        return false;
    }

    private static boolean checksCall(MethodInfo m, Guard guard, AccessPath field, Set<String> aliases) {
        for (Guard.Test t : guard.implied()) {
            if (!(t.subject() instanceof Value.CallResult cr) || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call c)) {
                continue;
            }
            AccessPath p = c.receiver().pathOrNull();
            if (p != null && (p.equals(field) || p.root() == AccessPath.Root.LOCAL && !p.isField()
                    && aliases.contains(p.rootName()))) {
                return true;
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
