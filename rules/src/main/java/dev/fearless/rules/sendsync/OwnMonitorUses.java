package dev.fearless.rules.sendsync;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Value;
import dev.fearless.facts.Variable;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.VariableUses;
import dev.fearless.summary.VariableUses.Use;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Uses of an object that lock it first: a task that only hands the object to program methods which touch
 * its state while holding its own monitor ({@code synchronized (from) { from.balance -= amount; }}),
 * including the monitors of both of two objects taken in an order chosen between them
 * ({@code first = from.id < to.id ? from : to; second = from.id < to.id ? to : from;}: holding {@code first}
 * and {@code second} holds both). Two such uses cannot overlap on the object.
 */
final class OwnMonitorUses {

    /** How many calls on its own object a method called under the monitor is followed. */
    private static final int OWN_STATE_DEPTH = 2;

    private OwnMonitorUses() {
    }

    /**
     * Whether use {@code u} of the variable {@code name} hands the object only to program methods that
     * touch its state holding its monitor, and nowhere else; or calls synchronized methods of it
     * ({@code acc.accept(v)}, {@code accept} synchronized).
     */
    static boolean locked(Program program, Use u, String name) {
        if (!(u.event() instanceof Event.Call call) || call.style() == Event.CallStyle.METHOD_REFERENCE) {
            return false;
        }
        List<MethodInfo> targets = program.callGraph().targets(u.method(), u.index());
        if (targets.isEmpty()) {
            return false;
        }
        if (VariableUses.is(call.receiver(), name)) {
            // a call on the object of synchronized methods only: each runs whole holding its monitor
            return call.args().stream().noneMatch(a -> VariableUses.is(a, name)) && targets.stream().allMatch(
                    t -> !t.facts().isAbstract() && !t.facts().isStatic() && t.facts().isSynchronized());
        }
        boolean passed = false;
        for (int a = 0; a < call.args().size(); a++) {
            if (!VariableUses.is(call.args().get(a), name)) {
                continue;
            }
            passed = true;
            for (MethodInfo t : targets) {
                List<Variable> params = t.facts().params();
                if (a >= params.size() || t.facts().varargs() && a >= params.size() - 1
                        || !locksItsParameter(program, t, params.get(a).name())) {
                    return false;
                }
            }
        }
        return passed;
    }

    /**
     * Whether {@code m} touches the state of its parameter {@code p} (but its final fields) only holding {@code p}'s monitor, and
     * lets {@code p} out nowhere: no call with it, no store, no return; a call on it only holding its monitor,
     * of methods that do all they do within the call ({@link #runsWithin}); a local that names it may only be locked.
     */
    private static boolean locksItsParameter(Program program, MethodInfo m, String p) {
        if (m.facts().isAbstract()) {
            return false;
        }
        Set<String> aliases = new HashSet<>();
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && names(la.value(), p)) {
                aliases.add(la.local());
            }
        }
        boolean touched = false;
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess fa && fa.path().root() == AccessPath.Root.PARAM
                    && fa.path().rootName().equals(p)) {
                var field = fa.path().isField() ? program.field(m, fa.path()) : null;
                if (field != null && field.facts().isFinal() && !fa.kind().isWrite()) {
                    continue; // a final field needs no lock
                }
                if (!fa.path().isField() || !monitorHeld(m, e, p)) {
                    return false;
                }
                touched = true;
                continue;
            }
            if (e instanceof Event.LocalAssign la && aliases.contains(la.local())) {
                continue;
            }
            if (e instanceof Event.Acquire) {
                continue;
            }
            if (e instanceof Event.Call c && names(c.receiver(), p) && c.style() != Event.CallStyle.METHOD_REFERENCE
                    && monitorHeld(m, e, p) && Event.handedOn(e).stream().noneMatch(v -> names(v, p))
                    && runsWithin(program, m, i, OWN_STATE_DEPTH)) {
                touched = true; // the method it calls runs whole while the monitor is held
                continue;
            }
            for (Value v : Event.handedOn(e)) {
                if (names(v, p) || aliases.stream().anyMatch(a -> names(v, a))) {
                    return false;
                }
            }
            if (e instanceof Event.Call c && (names(c.receiver(), p) || aliases.stream().anyMatch(a -> names(c.receiver(), a)))
                    || e instanceof Event.FieldAccess fa && aliases.contains(fa.path().rootName())
                    && fa.path().root() == AccessPath.Root.LOCAL) {
                return false;
            }
        }
        return touched;
    }

    /**
     * Whether the call at event {@code at} of {@code m} runs only program methods that touch nothing but their
     * own object's instance state and the objects it holds, and let {@code this} out nowhere (no store, no
     * return, no argument, no thread), calling such methods of their own object ({@code depth} calls deep):
     * all they do happens inside the call, while the caller holds the object's monitor.
     */
    private static boolean runsWithin(Program program, MethodInfo m, int at, int depth) {
        List<MethodInfo> targets = program.callGraph().targets(m, at);
        if (targets.isEmpty() || depth < 0) {
            return false;
        }
        for (MethodInfo t : targets) {
            if (t.facts().isAbstract() || t.facts().isStatic()) {
                return false;
            }
            List<Event> events = t.facts().events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (Event.handedOn(e).stream().anyMatch(Value::isSelf)
                        || e instanceof Event.FieldAccess fa && fa.path().isStaticField() && fa.kind().isWrite()) {
                    return false;
                }
                if (e instanceof Event.Call c && c.receiver().isSelf()
                        && (c.style() == Event.CallStyle.METHOD_REFERENCE || !runsWithin(program, t, i, depth - 1))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code p}'s monitor is held at {@code e}: taken on {@code p}, or on both of two locals ordering it and another. */
    private static boolean monitorHeld(MethodInfo m, Event e, String p) {
        for (LockRef l : e.held().locks()) {
            if (monitorOf(l, AccessPath.Root.PARAM, p)) {
                return true;
            }
        }
        for (LockRef a : e.held().locks()) {
            List<String> first = orderedPair(m, a);
            if (first == null || !first.contains(p)) {
                continue;
            }
            for (LockRef b : e.held().locks()) {
                List<String> second = orderedPair(m, b);
                if (b != a && second != null && second.get(0).equals(first.get(1)) && second.get(1).equals(first.get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The two parameters a monitor on a local chooses between ({@code first = c ? from : to}), in the
     * order written; {@code null} when the lock is not such a monitor.
     */
    private static List<String> orderedPair(MethodInfo m, LockRef l) {
        if (l.kind() != LockRef.Kind.MONITOR || l.path() == null || l.path().root() != AccessPath.Root.LOCAL
                || l.path().isField()) {
            return null;
        }
        if (!(m.facts().onlyAssignment(l.path().rootName()) instanceof Value.Choice c) || c.options().size() != 2) {
            return null;
        }
        AccessPath x = c.options().get(0).pathOrNull();
        AccessPath y = c.options().get(1).pathOrNull();
        if (x == null || y == null || x.isField() || y.isField() || x.root() != AccessPath.Root.PARAM
                || y.root() != AccessPath.Root.PARAM || x.rootName().equals(y.rootName())) {
            return null;
        }
        return List.of(x.rootName(), y.rootName());
    }

    private static boolean monitorOf(LockRef l, AccessPath.Root root, String name) {
        return l.kind() == LockRef.Kind.MONITOR && l.path() != null && l.path().root() == root
                && !l.path().isField() && l.path().rootName().equals(name);
    }

    /** Whether {@code v} is the variable {@code name}, or a choice one of whose options is. */
    private static boolean names(Value v, String name) {
        if (v instanceof Value.Choice c) {
            return c.options().stream().anyMatch(o -> names(o, name));
        }
        AccessPath path = v.pathOrNull();
        return path != null && !path.isField() && path.rootName().equals(name);
    }
}
