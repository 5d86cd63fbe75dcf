package dev.fearless.rules.races;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Construction;
import dev.fearless.summary.Holdings;
import dev.fearless.summary.ThreadModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether every call of a method in the program is made on one and the same object: a static final
 * field ({@code INSTANCE.service(r)}), a static method that only returns one ({@code getInstance().service(r)}),
 * or a local assigned once outside any loop and captured by the tasks that call it
 * ({@code Cache c = new Cache(); for (...) pool.execute(() -> c.get(k));}), or a final field of such one
 * object ({@code this.layout.format(...)} in a method only ever called on one appender). Tasks that call
 * the method at once then run it on that one object.
 */
final class OneObjectCalls {

    /** How many calls on the caller's own object are followed back to the object they run on. */
    private static final int MAX_DEPTH = 3;

    private OneObjectCalls() {
    }

    static boolean onOneObject(Program program, ThreadModel threads, MethodInfo m) {
        return oneObject(program, threads, m, 0) != null;
    }

    /** One object: a name for it, and the class it is made of when known ({@code null} when not). */
    private record One(String name, String type) {
    }

    /**
     * The one object every call of {@code m} is made on, or {@code null}. A call on the caller's own
     * object ({@code doStep()} in a base class's {@code run()}) is made on the object the caller runs on,
     * so a template method called on one object runs its hooks on that object, when the object is of the
     * hook's class (the hook of a sibling class never runs on it).
     */
    private static One oneObject(Program program, ThreadModel threads, MethodInfo m, int depth) {
        List<CallSite> sites = program.callGraph().callersOf(m);
        if (sites.isEmpty() || m.facts().isStatic() || depth > MAX_DEPTH) {
            return null;
        }
        Set<One> objects = new HashSet<>();
        for (CallSite s : sites) {
            if (!(s.caller().facts().eventAt(s.event()) instanceof Event.Call call)) {
                return null;
            }
            boolean same = !s.caller().facts().isClosure() && Construction.ownObjectCall(program, s.caller(), call, m);
            One object = same ? oneObject(program, threads, s.caller(), depth + 1)
                    : ownFinalField(program, threads, s.caller(), call.receiver(), depth);
            if (!same && object == null) {
                object = object(program, s.caller(), call.receiver());
            }
            if (!same && object == null) {
                object = passedParameter(program, s.caller(), call.receiver(), depth);
            }
            if (object == null) {
                return null;
            }
            if (!same || object.type() == null || related(program, object.type(), m.owner().name())) {
                objects.add(object);
            }
        }
        return objects.size() == 1 ? objects.iterator().next() : null;
    }

    private static boolean related(Program program, String a, String b) {
        return a.equals(b) || program.isSubtype(a, b) || program.isSubtype(b, a);
    }

    /**
     * The one object a final field of {@code m}'s own object holds ({@code this.layout.format(...)}), when
     * every call of {@code m} is made on one object: that object's field never changes, so it is one object
     * too. {@code null} otherwise.
     */
    private static One ownFinalField(Program program, ThreadModel threads, MethodInfo m, Value v, int depth) {
        AccessPath p = v.pathOrNull();
        if (p == null || !p.isOwnField() || m.facts().isStatic()) {
            return null;
        }
        FieldInfo f = program.field(m, p);
        if (f == null || !f.facts().isFinal() || f.facts().isStatic()) {
            return null;
        }
        One holder = m.facts().isClosure() ? handedInLoop(threads, m) : oneObject(program, threads, m, depth + 1);
        return holder == null ? null
                : new One(holder.name() + "." + f.name(), program.resolveType(f.facts().type(), f.owner()));
    }

    /**
     * The object a closure runs on when a loop hands it over, each pass: one of the method that writes it
     * ({@code for (...) supplyAsync(() -> cache.regionFor(k), pool)}), or one that calls that method on one
     * object ({@code for (...) service.ingest(x)}, where {@code ingest} submits the closure;
     * {@link ThreadModel#handedRepeatedly}): the tasks see one {@code this} of that method, and run at once
     * on it. {@code null} for any other closure.
     */
    private static One handedInLoop(ThreadModel threads, MethodInfo closure) {
        MethodInfo parent = closure.closureParent();
        int site = closure.facts().siteEvent();
        if (parent == null || parent.facts().isClosure() || parent.facts().isStatic() || site < 0
                || parent.facts().eventAt(site) == null
                || parent.facts().eventAt(site).loop() < 0 && !threads.handedRepeatedly(closure)) {
            return null;
        }
        return new One("this of a run of " + parent, parent.owner().name());
    }

    /**
     * The one object a parameter of {@code m} always holds ({@code metrics.record(...)} in a static
     * {@code handle(metrics, route)}): every call of {@code m} passes one object there. {@code null} otherwise.
     */
    private static One passedParameter(Program program, MethodInfo m, Value v, int depth) {
        AccessPath p = v.pathOrNull();
        if (p == null || p.root() != AccessPath.Root.PARAM || p.isField() || m.facts().isClosure()) {
            return null;
        }
        int index = m.facts().paramIndex(p.rootName());
        List<CallSite> sites = program.callGraph().callersOf(m);
        if (index < 0 || sites.isEmpty() || depth >= MAX_DEPTH) {
            return null;
        }
        One one = null;
        for (CallSite s : sites) {
            if (!(s.caller().facts().eventAt(s.event()) instanceof Event.Call call) || call.args().size() <= index) {
                return null;
            }
            Value arg = call.args().get(index);
            One passed = object(program, s.caller(), arg);
            if (passed == null) {
                passed = passedParameter(program, s.caller(), arg, depth + 1);
            }
            if (passed == null || one != null && !one.equals(passed)) {
                return null;
            }
            one = passed;
        }
        return one;
    }

    /** The one object {@code v} always is in {@code m}, or {@code null}. */
    private static One object(Program program, MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        if (p != null && p.root() == AccessPath.Root.STATIC) {
            FieldInfo f = program.field(m, p);
            if (f == null || !f.facts().isFinal() || p.fields().size() != 1) {
                return null;
            }
            String type = f.facts().initializer() instanceof Value.NewValue n && n.anonymousType().isEmpty()
                    ? program.resolveType(n.type(), f.owner()) : program.resolveType(f.facts().type(), f.owner());
            return new One("static " + f.owner().name() + "#" + f.name(), type);
        }
        if (p != null && p.root() == AccessPath.Root.LOCAL && !p.isField()) {
            return capturedOnce(program, m, p.rootName());
        }
        if (v instanceof Value.CallResult cr) {
            List<MethodInfo> targets = program.callGraph().targets(m, cr.eventIndex());
            One one = null;
            for (MethodInfo t : targets) {
                if (!t.facts().isStatic()) {
                    return null;
                }
                for (Event e : t.facts().events()) {
                    if (e instanceof Event.Return r) {
                        One returned = object(program, t, r.value());
                        if (returned == null || one != null && !one.equals(returned) || !returned.name().startsWith("static ")) {
                            return null;
                        }
                        one = returned;
                    }
                }
            }
            return one;
        }
        return null;
    }

    /**
     * The local of an enclosing method a closure (or local class) captures, assigned once in that method
     * outside any loop: every run of the closure made from one run of the method sees the same object.
     */
    private static One capturedOnce(Program program, MethodInfo m, String local) {
        MethodInfo declaring = Holdings.declaring(m, local);
        if (declaring == null || declaring == m) {
            return null;
        }
        int assignments = 0;
        String type = null;
        for (Event e : declaring.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(local)) {
                if (e.loop() >= 0) {
                    return null;
                }
                assignments++;
                if (la.value() instanceof Value.NewValue n && n.anonymousType().isEmpty()) {
                    type = program.resolveType(n.type(), declaring.owner());
                }
            }
        }
        return assignments == 1 ? new One("local " + declaring + "#" + local, type) : null;
    }
}
