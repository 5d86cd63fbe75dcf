package dev.fearless.rules.races;

import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.AccessOp;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.Tasks;
import dev.fearless.summary.Tasks.Task;
import dev.fearless.summary.ThreadContext;
import dev.fearless.summary.VariableUses;
import java.util.List;
import java.util.Set;

/**
 * A field of the object written after the method writing it has started a thread (or handed a task to an executor)
 * that reads it: {@code worker.start(); this.queue = new LinkedBlockingQueue<>();} with the worker
 * taking from {@code queue}. Starting a thread orders only what came before it; the thread may read the
 * field before the write, or see it late. The write and the thread's read are the two accesses.
 */
final class WrittenAfterStart {

    private WrittenAfterStart() {
    }

    /** Where the other side was started, and the read it makes. */
    record Reader(FieldUse read, Event.Call start) {
    }

    /**
     * The read made by a thread that the write's own method starts before the write, or {@code null}:
     * the write is a plain one made in that method itself, a start or hand-over call comes between the
     * thread's making and the write on a path that reaches the write, and the thread can run at the same
     * time as the writing one (a task handed to the writer's own event loop cannot).
     */
    static Reader find(Program program, Summaries summaries, FieldUse w, List<FieldUse> uses) {
        if (!w.direct() || !w.op().writesField() || !w.held().isEmpty()) {
            return null;
        }
        MethodInfo m = w.originMethod();
        int write = w.originEvent();
        if (write < 0 || !(m.facts().eventAt(write) instanceof Event.FieldAccess fa && fa.path().isOwnField())
                || storesHandOverResult(program, m, write)) {
            return null;
        }
        for (FieldUse v : uses) {
            if (v.context() != ThreadContext.TASK || v.op() == AccessOp.WRITE || v.method() == m
                    || !summaries.threads().concurrent(w.threads(), v.threads())) {
                continue;
            }
            for (int spawn : summaries.threads().spawnsIn(v.threads(), m)) {
                Event.Call start = spawn < write ? startBetween(program, m, spawn, write) : null;
                if (start != null) {
                    return new Reader(v, start);
                }
            }
        }
        return null;
    }

    /**
     * A task that uses the object, handed off by a caller that then calls the writing method on it, and the
     * task's access to the field: {@code logger = new Thread(() -> app.append(line)); logger.start();
     * app.close();}. {@code call} is the event of the caller's call of the writing method.
     */
    record HandedUse(FieldUse use, Task task, String local, int call) {
    }

    /**
     * The access made by a task that a caller of the write's method handed the object to (a local the task
     * captures), before calling the write's method on that local with no join between: the task runs the
     * methods it calls on the object while the write is made. The write is a plain one of the object's own
     * field, made in the method the caller calls; the task's access is one the task's calls on the local reach.
     */
    static HandedUse findHandedOff(Program program, Summaries summaries, FieldUse w, List<FieldUse> uses) {
        if (!w.direct() || !w.op().writesField() || !w.held().isEmpty()) {
            return null;
        }
        MethodInfo m = w.originMethod();
        int write = w.originEvent();
        if (write < 0 || !(m.facts().eventAt(write) instanceof Event.FieldAccess fa && fa.path().isOwnField())) {
            return null;
        }
        for (Tasks.HandedBefore handed : summaries.tasks().handedBefore(program, m)) {
            FieldUse used = usedByTask(program, handed.task(), handed.local(), w, uses);
            if (used != null) {
                return new HandedUse(used, handed.task(), handed.local(), handed.call());
            }
        }
        return null;
    }

    /** An access to the field, other than {@code w}, made by a method the task calls on the local. */
    private static FieldUse usedByTask(Program program, Task task, String local, FieldUse w, List<FieldUse> uses) {
        for (MethodInfo body : task.body()) {
            List<Event> events = body.facts().events();
            for (int i = 0; i < events.size(); i++) {
                if (!(events.get(i) instanceof Event.Call c) || !VariableUses.is(c.receiver(), local)) {
                    continue;
                }
                List<MethodInfo> targets = program.callGraph().targets(body, i);
                for (FieldUse v : uses) {
                    if (v != w && targets.contains(v.method())) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether the write stores what a start or hand-over call returns ({@code timeout = executor.schedule(this::expire, ...)}):
     * that value cannot exist before the start, and the task reading its own handle (to cancel itself) is
     * written for it.
     */
    private static boolean storesHandOverResult(Program program, MethodInfo m, int write) {
        Event.FieldAccess fa = (Event.FieldAccess) m.facts().eventAt(write);
        return fa.value() instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call
                && startsOrHandsOver(program, m, call);
    }

    private static boolean startsOrHandsOver(Program program, MethodInfo m, Event.Call call) {
        Set<MethodTrait> traits = program.traits(m, call);
        return traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.HANDOFF)
                || program.knowledge().traitsByName(call.name(), call.args().size()).contains(MethodTrait.STARTS_RECEIVER);
    }

    /**
     * The first call from {@code from} (inclusive) to {@code to} that starts a thread or hands over a task
     * and after which the write can run in the same run of the method (not in a branch that returns first).
     */
    private static Event.Call startBetween(Program program, MethodInfo m, int from, int to) {
        List<Event> events = m.facts().events();
        for (int i = from; i < to; i++) {
            if (!(events.get(i) instanceof Event.Call call) || !VariableUses.reachable(m, i, to)) {
                continue;
            }
            if (startsOrHandsOver(program, m, call)) {
                return call;
            }
        }
        return null;
    }
}
