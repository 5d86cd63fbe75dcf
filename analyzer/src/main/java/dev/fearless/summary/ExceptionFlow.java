package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.CatchClause;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a caught exception goes: whether a handler passes it on to code that can act on it (throws it,
 * wrapped or not, now or later in the method; returns it; stores it in a field; hands it to a listener,
 * a future or any other code) rather than only showing it to people (a logger, a print stream). Values
 * made from the exception (a wrapper, its message, a combined exception) carry it too, and so do the
 * locals and objects it is put in.
 */
public final class ExceptionFlow {

    private static final int DEPTH = 2;

    private ExceptionFlow() {
    }

    /** Whether the exception caught by {@code c} in {@code m} is passed on to code other than a logger. */
    public static boolean passedOn(Program program, MethodInfo m, CatchClause c) {
        return passedOn(program, m, c.handlerStart(), AccessPath.Root.LOCAL, c.variable(), DEPTH, true);
    }

    /**
     * Whether the value in variable {@code name} (a local or parameter of {@code m}), followed from event
     * {@code from} on, reaches code that can act on it. In a callee ({@code returning} false), returning it
     * is not passing it on: its caller gets the result and decides.
     */
    private static boolean passedOn(Program program, MethodInfo m, int from, AccessPath.Root root, String name,
                                    int depth, boolean returning) {
        Carriers carriers = new Carriers(root, name);
        List<Event> events = m.facts().events();
        for (int i = from; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.LocalAssign la && carriers.carries(la.value())) {
                carriers.locals.add(la.local());
            } else if (e instanceof Event.NewObject n && n.args().stream().anyMatch(carriers::carries)) {
                carriers.results.add(i);
            } else if ((e instanceof Event.Throw t && carriers.carries(t.value()))
                    || (returning && e instanceof Event.Return r && carriers.carries(r.value()))
                    || (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && carriers.carries(fa.value()))) {
                return true;
            } else if (e instanceof Event.Call call && call(program, m, i, call, carriers, depth)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the call hands the exception on; notes the values it makes from it or puts it in. */
    private static boolean call(Program program, MethodInfo m, int index, Event.Call call, Carriers carriers, int depth) {
        boolean onIt = carriers.carries(call.receiver());
        int arg = -1;
        for (int a = 0; a < call.args().size(); a++) {
            if (carriers.carries(call.args().get(a))) {
                arg = a;
                break;
            }
        }
        if (onIt || arg >= 0) {
            carriers.results.add(index);
        }
        if (arg < 0) {
            return false;
        }
        String receiverType = program.staticType(m, call.receiver()).name();
        if (receiverType != null && program.is(receiverType, TypeTrait.LOGGER)) {
            return false;
        }
        AccessPath r = call.receiver().pathOrNull();
        if (!onIt && r != null && !r.isField() && r.root() == AccessPath.Root.LOCAL && m.facts().locals().stream()
                .anyMatch(v -> v.name().equals(r.rootName()))) {
            // Put into an object of this method (a list of failures, an exception it is added to as
            // suppressed): what matters is where that object goes.
            carriers.locals.add(r.rootName());
            return false;
        }
        List<MethodInfo> targets = program.callGraph().targets(m, index);
        if (targets.isEmpty()) {
            // Library code that is not a logger gets it (a future, a listener, a holder someone reads),
            // unless the call only makes a value of it (a static helper, a string, a temporary).
            boolean valueOnly = call.receiver() instanceof Value.TypeName || call.receiver() instanceof Value.CallResult
                    || receiverType != null
                    && (program.is(receiverType, TypeTrait.IMMUTABLE) || program.is(receiverType, TypeTrait.STRINGBUILDER));
            return !onIt && !valueOnly;
        }
        if (depth == 0) {
            return true;
        }
        for (MethodInfo t : targets) {
            if (arg < t.facts().params().size()
                    && passedOn(program, t, 0, AccessPath.Root.PARAM, t.facts().params().get(arg).name(), depth - 1, false)) {
                return true;
            }
        }
        return false;
    }

    /** The values that hold the exception: its variable, the locals given it, and results made from it. */
    private static final class Carriers {
        private final AccessPath.Root root;
        private final String name;
        private final Set<String> locals = new HashSet<>();
        private final Set<Integer> results = new HashSet<>();

        Carriers(AccessPath.Root root, String name) {
            this.root = root;
            this.name = name;
        }

        boolean carries(Value v) {
            if (v instanceof Value.CallResult cr) {
                return results.contains(cr.eventIndex());
            }
            if (v instanceof Value.NewValue nv) {
                return results.contains(nv.eventIndex());
            }
            AccessPath p = v.pathOrNull();
            if (p == null || p.isField()) {
                return false;
            }
            return p.root() == root && p.rootName().equals(name)
                    || p.root() == AccessPath.Root.LOCAL && locals.contains(p.rootName());
        }
    }
}
