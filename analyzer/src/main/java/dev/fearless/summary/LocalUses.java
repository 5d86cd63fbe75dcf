package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * How a method uses one of its locals: the values assigned to it, the calls made on it, and where it
 * escapes (passed to a call, stored in a field or array, returned, copied to another local, captured
 * by a closure or a local class). A local that only ever holds fresh objects ({@code onlyFresh}) and
 * never escapes is owned by the method's thread.
 */
public record LocalUses(String local, List<Value> assigned, boolean onlyFresh, List<Integer> callsOn,
                        List<Integer> escapes, boolean captured) {

    public LocalUses {
        assigned = List.copyOf(assigned);
        callsOn = List.copyOf(callsOn);
        escapes = List.copyOf(escapes);
    }

    public static LocalUses of(Program program, MethodInfo m, String local) {
        List<Value> assigned = new ArrayList<>();
        List<Integer> callsOn = new ArrayList<>();
        List<Integer> escapes = new ArrayList<>();
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.LocalAssign la) {
                if (la.local().equals(local)) {
                    assigned.add(la.value());
                } else if (is(la.value(), local)) {
                    escapes.add(i);
                }
            } else if (e instanceof Event.Call c) {
                if (is(c.receiver(), local)) {
                    callsOn.add(i);
                }
                if (c.args().stream().anyMatch(a -> is(a, local))) {
                    escapes.add(i);
                }
            } else if (e instanceof Event.NewObject n) {
                if (n.args().stream().anyMatch(a -> is(a, local))) {
                    escapes.add(i);
                }
            } else if (e instanceof Event.FieldAccess fa) {
                if (fa.kind().isWrite() && is(fa.value(), local)) {
                    escapes.add(i);
                }
            } else if (e instanceof Event.Return r) {
                if (is(r.value(), local)) {
                    escapes.add(i);
                }
            } else if (e instanceof Event.Throw t) {
                if (is(t.value(), local)) {
                    escapes.add(i);
                }
            }
        }
        boolean fresh = !assigned.isEmpty() && assigned.stream().allMatch(v -> fresh(program, m, v));
        return new LocalUses(local, assigned, fresh, callsOn, escapes, capturedBy(program, m, local));
    }

    /**
     * Whether an assigned value is an object nothing else holds: made here with {@code new} (or one of
     * several, {@code c ? new A() : new B()}), made by a library call that creates it
     * ({@code constructor.newInstance(...)}), or no object at all ({@code null}).
     */
    private static boolean fresh(Program program, MethodInfo m, Value v) {
        if (v instanceof Value.NewValue || v instanceof Value.Choice c && c.fresh()
                || v instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.NULL) {
            return true;
        }
        return v instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call
                && program.traits(m, call).contains(MethodTrait.FRESH_RESULT);
    }

    private static boolean capturedBy(Program program, MethodInfo m, String local) {
        for (MethodInfo inner : program.nestedIn(m)) {
            if (inner.facts().captures().contains(local) || capturedBy(program, inner, local)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether event {@code e} uses the object made at event {@code made} of the same method in any other way
     * than being assigned to a local: calls on it, passes it, stores, returns or throws it, or locks it.
     */
    public static boolean usesObjectMadeAt(Event e, int made) {
        if (e instanceof Event.Call c) {
            return isObjectMadeAt(c.receiver(), made) || c.args().stream().anyMatch(a -> isObjectMadeAt(a, made));
        }
        if (e instanceof Event.NewObject n) {
            return n.args().stream().anyMatch(a -> isObjectMadeAt(a, made));
        }
        return e instanceof Event.FieldAccess fa && isObjectMadeAt(fa.value(), made)
                || e instanceof Event.Return r && isObjectMadeAt(r.value(), made)
                || e instanceof Event.Throw t && isObjectMadeAt(t.value(), made)
                || e instanceof Event.Acquire a && isObjectMadeAt(a.lockExpression(), made);
    }

    /** Whether the value is (or may be, as an element or one option of a choice) the object made at event {@code made}. */
    public static boolean isObjectMadeAt(Value v, int made) {
        if (v instanceof Value.NewValue n) {
            return n.eventIndex() == made;
        }
        if (v instanceof Value.Element el) {
            return isObjectMadeAt(el.of(), made);
        }
        return v instanceof Value.Choice c && c.options().stream().anyMatch(o -> isObjectMadeAt(o, made));
    }

    /** Whether the value is the local itself (not one of its fields). */
    public static boolean is(Value v, String local) {
        AccessPath p = v.pathOrNull();
        return p != null && (p.root() == AccessPath.Root.LOCAL || p.root() == AccessPath.Root.PARAM)
                && p.rootName().equals(local) && !p.isField();
    }

    /** Whether the local never leaves the method: no escape, no capture. */
    public boolean confined() {
        return escapes.isEmpty() && !captured;
    }

}
