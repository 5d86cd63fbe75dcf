package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Loop;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * The places a method's code touches the object in one variable (a local, a parameter, or a local it
 * captures): calls on it, passing it on, field and element accesses through it. Also the ordering facts
 * the send/sync rules need inside one method: joins, reassignments, exits, exclusive branches, loops.
 */
public final class VariableUses {

    private VariableUses() {
    }

    /** One use of the variable: the method, the event, and whether it changes the object. */
    public record Use(MethodInfo method, int index, boolean mutates) {

        public Event event() {
            return method.facts().events().get(index);
        }

        public Position pos() {
            return event().pos();
        }

        public LockSet held() {
            return event().held();
        }
    }

    /** The uses of variable {@code name} in {@code m}'s own events. */
    public static List<Use> of(Program program, MethodInfo m, String name) {
        List<Use> result = new ArrayList<>();
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (mentions(events.get(i), name)) {
                result.add(new Use(m, i, Mutations.mutatesVariable(program, m, i, name)));
            }
        }
        return result;
    }

    /**
     * Whether a use reaches into the object's state: a call on it, an access through it, or passing it to
     * a program method that does one of those with it. Handing it to a library method as a value (a key,
     * an element) only uses its identity.
     */
    public static boolean touchesState(Program program, Use u, String name) {
        Event e = u.event();
        if (e instanceof Event.FieldAccess fa) {
            return Mutations.isRoot(fa.path(), name);
        }
        if (!(e instanceof Event.Call c)) {
            return false;
        }
        if (Mutations.isVariable(c.receiver(), name)) {
            return true;
        }
        for (int a = 0; a < c.args().size(); a++) {
            if (!Mutations.isVariable(c.args().get(a), name)) {
                continue;
            }
            for (MethodInfo t : program.callGraph().targets(u.method(), u.index())) {
                if (a < t.facts().params().size() && usesState(t, t.facts().params().get(a).name())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean usesState(MethodInfo m, String param) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.Call c && Mutations.isVariable(c.receiver(), param)
                    || e instanceof Event.FieldAccess fa && Mutations.isRoot(fa.path(), param)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an element write of a captured array at {@code index} is a read-modify-write ({@code a[k]++},
     * {@code a[k] += x}): the extractor records the read half just before it. A plain store is usually
     * one of a disjoint fill ({@code a[i] = f(i)}, one index per task).
     */
    public static boolean readModifyWrite(MethodInfo m, int index) {
        List<dev.fearless.facts.Event> events = m.facts().events();
        return index > 0 && events.get(index) instanceof Event.FieldAccess w && w.kind() == Event.AccessKind.ELEMENT_WRITE
                && events.get(index - 1) instanceof Event.FieldAccess r && r.kind() == Event.AccessKind.ELEMENT_READ
                && r.path().equals(w.path()) && r.pos().equals(w.pos());
    }

    /** Whether a write counts as changing a shared cell when many copies of the code run: not a plain element store. */
    public static boolean sharedWrite(Use u) {
        return u.mutates() && !(u.event() instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.ELEMENT_WRITE
                && !fa.path().isField() && !readModifyWrite(u.method(), u.index()));
    }

    /** Whether an event touches the object in variable {@code name}. */
    public static boolean mentions(Event e, String name) {
        return mentions(e, p -> !p.isField() && Mutations.isRoot(p, name), p -> Mutations.isRoot(p, name));
    }

    /**
     * Whether an event touches a value: a call's receiver or argument, a new object's argument, a value
     * stored, returned or assigned, whose path {@code value} accepts, or a field access whose path
     * {@code accessed} accepts.
     */
    public static boolean mentions(Event e, java.util.function.Predicate<AccessPath> value,
                                   java.util.function.Predicate<AccessPath> accessed) {
        java.util.function.Predicate<Value> is = v -> v.pathOrNull() != null && value.test(v.pathOrNull());
        if (e instanceof Event.Call c) {
            return is.test(c.receiver()) || c.args().stream().anyMatch(is);
        }
        if (e instanceof Event.FieldAccess fa) {
            return accessed.test(fa.path()) || fa.kind().isWrite() && is.test(fa.value());
        }
        if (e instanceof Event.NewObject n) {
            return n.args().stream().anyMatch(is);
        }
        if (e instanceof Event.Return r) {
            return is.test(r.value());
        }
        return e instanceof Event.LocalAssign la && is.test(la.value());
    }

    /** Whether a join (of a thread, a future, a latch) comes strictly between events {@code from} and {@code to} of {@code m}. */
    public static boolean joinedBetween(Program program, MethodInfo m, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (isJoin(program, m, m.facts().eventAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the event is a call that waits for another thread's work to finish (join, get, await). */
    public static boolean isJoin(Program program, MethodInfo m, Event e) {
        return e instanceof Event.Call c && program.traits(m, c).contains(MethodTrait.JOIN);
    }

    /** Whether the event assigns a new value to the variable itself. */
    public static boolean reassigns(Event e, String name) {
        return e instanceof Event.LocalAssign la && la.local().equals(name);
    }

    /** Whether every path from {@code from} leaves the method at {@code exit} (a return or throw at the same or an outer nesting). */
    public static boolean exitsAfter(MethodInfo m, int from, Event exit) {
        if (!(exit instanceof Event.Return) && !(exit instanceof Event.Throw)) {
            return false;
        }
        List<Guard> guards = m.facts().guards();
        Event start = m.facts().events().get(from);
        for (int g = start.guard(); ; g = guards.get(g).parent()) {
            if (g == exit.guard()) {
                return loopWithin(m, exit.loop(), start.loop());
            }
            if (g < 0) {
                return false;
            }
        }
    }

    /**
     * Whether event {@code to} of {@code m} can run after event {@code from} in the same run of the
     * method: it comes later, is not in a branch exclusive with {@code from}'s, and no return or throw
     * between them ends every path from {@code from}.
     */
    public static boolean reachable(MethodInfo m, int from, int to) {
        List<dev.fearless.facts.Event> events = m.facts().events();
        if (to <= from || exclusive(m, events.get(from), events.get(to))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (exitsAfter(m, from, events.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether loop {@code loop} is {@code enclosing} or nested in it (-1 is the method body). */
    public static boolean loopWithin(MethodInfo m, int enclosing, int loop) {
        List<Loop> loops = m.facts().loops();
        for (int l = loop; ; l = loops.get(l).parent()) {
            if (l == enclosing) {
                return true;
            }
            if (l < 0) {
                return false;
            }
        }
    }

    /** Whether guard {@code guard} is {@code enclosing} or nested in it (-1: no condition). */
    static boolean guardWithin(MethodInfo m, int enclosing, int guard) {
        List<Guard> guards = m.facts().guards();
        for (int g = guard; ; g = guards.get(g).parent()) {
            if (g == enclosing) {
                return true;
            }
            if (g < 0) {
                return false;
            }
        }
    }

    /**
     * Whether two events of one method are in exclusive branches of one {@code if} (its then and else
     * branches, or the branch and the statements after an early exit), so no run executes both.
     */
    public static boolean exclusive(MethodInfo m, Event a, Event b) {
        List<Guard> guards = m.facts().guards();
        for (int ga = a.guard(); ga >= 0; ga = guards.get(ga).parent()) {
            for (int gb = b.guard(); gb >= 0; gb = guards.get(gb).parent()) {
                if (ga != gb && guards.get(ga).parent() == guards.get(gb).parent()
                        && guards.get(ga).pos().equals(guards.get(gb).pos())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The innermost loop containing event {@code index}, or -1. */
    public static int loopOf(MethodInfo m, int index) {
        return m.facts().events().get(index).loop();
    }

    /** Whether event {@code index} is inside loop {@code loop} (directly or in a nested loop). */
    public static boolean inLoop(MethodInfo m, int index, int loop) {
        if (loop < 0) {
            return true;
        }
        List<Loop> loops = m.facts().loops();
        for (int l = m.facts().events().get(index).loop(); l >= 0; l = loops.get(l).parent()) {
            if (l == loop) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether event {@code i} is in a catch handler that does not contain event {@code other}: it runs
     * after {@code other} only when something between them failed.
     */
    public static boolean inHandlerWithout(dev.fearless.facts.MethodFacts f, int i, int other) {
        for (dev.fearless.facts.CatchClause c : f.catches()) {
            if (c.inHandler(i) && !c.inHandler(other)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value is the variable {@code name}. */
    public static boolean is(Value v, String name) {
        return Mutations.isVariable(v, name);
    }
}
