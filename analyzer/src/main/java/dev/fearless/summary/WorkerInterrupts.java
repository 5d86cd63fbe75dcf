package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the threads that run an executor's tasks can be interrupted. A pool's worker is interrupted
 * while it runs a task only by {@code shutdownNow} on its executor (or {@code close}, when the closing
 * thread is interrupted), or by {@code cancel(true)} on that task's own future; so an interruptible
 * wait in a task whose future nobody keeps throws {@code InterruptedException} only if the program can
 * call such a method on the executor. That is known when the executor is one the program names in one
 * place: a local of the method that made it and hands it to no other code, or a private field whose
 * class hands it to no other code; then every call on it is in sight.
 */
final class WorkerInterrupts {

    /** How many local copies deep a receiver is followed to the value it holds. */
    private static final int COPY_DEPTH = 4;

    private WorkerInterrupts() {
    }

    /**
     * Whether nothing in the program can interrupt the threads of the executor the call at event
     * {@code index} of {@code m} hands a task to (its receiver): every call on it is in sight and none
     * interrupts them ({@link MethodTrait#INTERRUPTS_WORKERS}).
     */
    static boolean never(Program program, MethodInfo m, int index) {
        List<Interrupter> found = interrupters(program, m, index);
        return found != null && found.isEmpty();
    }

    /** A call that interrupts an executor's workers ({@code shutdownNow}): event {@code index} of {@code method}. */
    record Interrupter(MethodInfo method, int index) {
    }

    /**
     * The calls in the program that can interrupt the threads of the executor the call at event
     * {@code index} of {@code m} hands a task to, when every call on that executor is in sight (see
     * {@link #never}); {@code null} when code out of sight may hold it.
     */
    static List<Interrupter> interrupters(Program program, MethodInfo m, int index) {
        if (!(m.facts().eventAt(index) instanceof Event.Call call)) {
            return null;
        }
        AccessPath p = origin(m, call.receiver());
        if (p == null) {
            return null;
        }
        List<Interrupter> found = new ArrayList<>();
        if (p.root() == AccessPath.Root.LOCAL && !p.isField()) {
            MethodInfo maker = m;
            while (maker.facts().isClosure() && maker.closureParent() != null
                    && maker.facts().captures().contains(p.rootName())) {
                maker = maker.closureParent(); // a local the closure captured: made by the method it is written in
            }
            Value made = maker.facts().onlyAssignment(p.rootName());
            if (!(made instanceof Value.NewValue || made instanceof Value.CallResult)) {
                return null; // a copy of an executor others may hold
            }
            List<MethodInfo> code = new ArrayList<>();
            code.add(maker);
            for (int i = 0; i < code.size(); i++) {
                code.addAll(program.nestedIn(code.get(i)));
            }
            return code.stream().anyMatch(c -> handsOn(program, c, x -> p.equals(origin(c, x)), found)) ? null : found;
        }
        FieldInfo f = (p.isOwnField() || p.isStaticField()) && p.fields().size() == 1 ? program.field(m, p) : null;
        if (f == null || !f.facts().isPrivate()) {
            return null; // code outside the program may call shutdownNow on it
        }
        return program.writtenInTopLevelOf(f.owner()).stream().anyMatch(c -> handsOn(program, c, x -> {
            AccessPath q = origin(c, x);
            return q != null && q.isField() && q.lastField().equals(f.name()) && program.field(c, q) == f;
        }, found)) ? null : found;
    }

    private interface Names {
        boolean executor(Value v);
    }

    /**
     * Whether {@code c} lets the executor reach code out of sight: passes it to a call, stores it in a
     * field, returns it. The calls in {@code c} that interrupt its workers go to {@code interrupters}.
     */
    private static boolean handsOn(Program program, MethodInfo c, Names names, List<Interrupter> interrupters) {
        List<Event> events = c.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Call call) {
                if (names.executor(call.receiver()) && program.traits(c, call).contains(MethodTrait.INTERRUPTS_WORKERS)) {
                    interrupters.add(new Interrupter(c, i));
                }
                for (Value a : call.args()) {
                    if (mentions(a, names)) {
                        return true;
                    }
                }
            } else if (e instanceof Event.NewObject n) {
                for (Value a : n.args()) {
                    if (mentions(a, names)) {
                        return true;
                    }
                }
            } else if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.value() != null && mentions(fa.value(), names)
                    || e instanceof Event.Return r && mentions(r.value(), names)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Value v, Names names) {
        if (v instanceof Value.Choice choice) {
            return choice.options().stream().anyMatch(o -> mentions(o, names));
        }
        if (v instanceof Value.Element el) {
            return mentions(el.of(), names);
        }
        return names.executor(v);
    }

    /** The path a value names, a local followed through the copies it is made from. */
    private static AccessPath origin(MethodInfo m, Value v) {
        AccessPath p = v == null ? null : v.pathOrNull();
        for (int depth = 0; p != null && p.root() == AccessPath.Root.LOCAL && !p.isField() && depth < COPY_DEPTH; depth++) {
            Value from = m.facts().onlyAssignment(p.rootName());
            AccessPath q = from == null ? null : from.pathOrNull();
            if (q == null) {
                return p;
            }
            p = q;
        }
        return p;
    }
}
