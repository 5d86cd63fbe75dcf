package dev.fearless.rules.sendsync;

import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Describe;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Holdings;
import dev.fearless.summary.Nature;
import dev.fearless.summary.LogicalThread;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.Tasks;
import dev.fearless.summary.Tasks.Task;
import dev.fearless.summary.VariableUses;
import dev.fearless.summary.VariableUses.Use;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A task (a lambda or anonymous class run on another thread) that captures a local holding a
 * non-thread-safe mutable object while another thread also uses it: the spawning code after the
 * hand-off and before any join (a call on it or an access through it: returning the reference or handing
 * it to a library method as a value does not touch it), another task capturing the same local, or the same task handed off
 * once per loop iteration. At least one side changes the object, and no common lock orders them (a lock
 * held around both, or the object's own monitor, taken by the methods both sides hand it to).
 */
@RuleMeta(family = Family.SENDSYNC, severity = Severity.WARNING,
        summary = "A task captures a non-thread-safe mutable object that another thread also uses.",
        peers = {"spotbugs:AT_UNSAFE_RESOURCE_ACCESS_IN_THREAD"})
public final class NonSendCapture implements MethodMatcher {

    @Override
    public void matchMethod(MethodScope scope) {
        RuleContext context = scope.context();
        Program program = scope.program();
        Summaries summaries = scope.summaries();
        Tasks tasks = summaries.tasks();
        for (Task task : tasks.in(scope.method())) {
            for (var captured : Tasks.outerCaptures(task.body()).entrySet()) {
                String name = captured.getKey();
                MethodInfo owner = captured.getValue();
                if (Holdings.of(program, summaries, owner, name) != Nature.UNSAFE) {
                    continue;
                }
                List<Use> inTask = new ArrayList<>();
                for (MethodInfo m : task.body()) {
                    inTask.addAll(VariableUses.of(program, m, name));
                }
                if (inTask.stream().noneMatch(u -> VariableUses.touchesState(program, u, name))) {
                    continue;
                }
                inTask.sort(Comparator.comparing(Use::pos));
                Conflict conflict = conflict(program, summaries, task, name, inTask);
                if (conflict != null) {
                    report(context, task, name, inTask.get(0), conflict);
                }
            }
        }
    }

    /** Another thread's use of the captured object that may run at the same time as the task's. */
    private record Conflict(String who, MethodInfo method, Event at, String note) {
    }

    private static Conflict conflict(Program program, Summaries summaries, Task task, String name, List<Use> inTask) {
        Tasks tasks = summaries.tasks();
        boolean taskWrites = inTask.stream().anyMatch(Use::mutates);
        MethodInfo parent = task.parent();
        List<Event> events = parent.facts().events();
        int join = nextJoin(program, parent, task.spawn());
        for (Use u : VariableUses.of(program, parent, name)) {
            if (u.index() < join && (taskWrites || u.mutates()) && VariableUses.touchesState(program, u, name)
                    && !orderedByLock(inTask, u)
                    && !(OwnMonitorUses.locked(program, u, name) && allLocked(program, inTask, name))
                    && VariableUses.reachable(parent, task.spawn(), u.index())) {
                return new Conflict("`" + parent.display() + "`, which handed it off, "
                        + (u.mutates() ? "changes it" : "uses it")
                        + " at line " + u.pos().line() + " before waiting for the task", parent, u.event(),
                        "the spawning code uses `" + Describe.variable(name) + "` here while the task may run");
            }
        }
        for (Task other : tasks.in(parent)) {
            if (other == task || !other.captures().contains(name)) {
                continue;
            }
            int first = Math.min(task.spawn(), other.spawn());
            int second = Math.max(task.spawn(), other.spawn());
            if (nextJoin(program, parent, first) < second || dependsOn(parent, second, first, 0)
                    || VariableUses.exclusive(parent, events.get(first), events.get(second))
                    && !acrossIterations(program, parent, first, second)
                    || oneLoop(summaries, parent, task.spawn(), other.spawn())) {
                continue;
            }
            List<Use> inOther = new ArrayList<>();
            for (MethodInfo m : other.body()) {
                inOther.addAll(VariableUses.of(program, m, name));
            }
            boolean otherWrites = inOther.stream().anyMatch(Use::mutates);
            if (!inOther.isEmpty() && (taskWrites || otherWrites)
                    && !(allLocked(program, inTask, name) && allLocked(program, inOther, name))) {
                inOther.sort(Comparator.comparing(Use::pos));
                Use o = inOther.get(0);
                return new Conflict("another task (handed off at line " + other.spawnPos().line() + ") also "
                        + (otherWrites ? "changes it" : "uses it") + " at line " + o.pos().line(), o.method(),
                        o.event(), "the other task uses `" + Describe.variable(name) + "` here");
            }
        }
        if (oneLoop(summaries, parent, task.spawn(), task.spawn())) {
            return null; // its copies run one after another on that one thread
        }
        int loop = VariableUses.loopOf(parent, task.spawn());
        boolean joinedInLoop = join < events.size() && VariableUses.inLoop(parent, join, loop);
        boolean copiesClash = inTask.stream().anyMatch(VariableUses::sharedWrite) && !allLocked(program, inTask, name);
        if (copiesClash && loop >= 0 && !joinedInLoop && !declaredInLoop(parent, name, loop)) {
            return new Conflict("the task is handed off once per iteration of the loop at line "
                    + parent.facts().loops().get(loop).pos().line() + ", so several copies of it change it at once",
                    parent, events.get(task.spawn()), "handed off in a loop here");
        }
        return null;
    }

    /**
     * Whether hand-offs {@code first} and {@code second} of {@code m}, in exclusive branches of one pass,
     * are both inside a loop that does not wait for them within the pass: one pass hands off one task, the
     * next the other, and they run at once.
     */
    private static boolean acrossIterations(Program program, MethodInfo m, int first, int second) {
        for (int l = VariableUses.loopOf(m, first); l >= 0; l = m.facts().loops().get(l).parent()) {
            if (VariableUses.inLoop(m, second, l)) {
                int join = nextJoin(program, m, second);
                return join >= m.facts().events().size() || !VariableUses.inLoop(m, join, l);
            }
        }
        return false;
    }

    /**
     * Whether the hand-offs at events {@code a} and {@code b} of {@code m} give their tasks to one same
     * single-thread executor or event loop: it runs them one after another, never at once.
     */
    private static boolean oneLoop(Summaries summaries, MethodInfo m, int a, int b) {
        LogicalThread x = loopAt(summaries, m, a);
        LogicalThread y = a == b ? x : loopAt(summaries, m, b);
        return x != null && y != null && x.same(y);
    }

    private static LogicalThread loopAt(Summaries summaries, MethodInfo m, int event) {
        return m.facts().events().get(event) instanceof Event.Call call
                ? summaries.threads().loopOf(m, call.receiver()) : null;
    }

    /**
     * Whether the stage handed off at {@code stage} runs only after the work handed off at {@code earlier}
     * completes: its future is derived from that one (a stage of it, or of {@code allOf} including it).
     */
    static boolean dependsOn(MethodInfo m, int stage, int earlier, int depth) {
        List<Event> events = m.facts().events();
        if (depth > 16 || stage < 0 || stage >= events.size() || !(events.get(stage) instanceof Event.Call call)) {
            return false;
        }
        List<dev.fearless.facts.Value> sources = new ArrayList<>(call.args());
        sources.add(call.receiver());
        for (dev.fearless.facts.Value v : sources) {
            int source = -1;
            if (v instanceof dev.fearless.facts.Value.CallResult cr) {
                source = cr.eventIndex();
            } else if (v.pathOrNull() != null && !v.pathOrNull().isField()) {
                for (int i = stage - 1; i >= 0; i--) {
                    if (events.get(i) instanceof Event.LocalAssign la && la.local().equals(v.pathOrNull().rootName())) {
                        source = la.value() instanceof dev.fearless.facts.Value.CallResult cr ? cr.eventIndex() : -1;
                        break;
                    }
                }
            }
            if (source == earlier || source >= 0 && source < stage && dependsOn(m, source, earlier, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The first join after event {@code from} in {@code m}, or the number of events when there is none. */
    static int nextJoin(Program program, MethodInfo m, int from) {
        List<Event> events = m.facts().events();
        for (int i = from + 1; i < events.size(); i++) {
            if (VariableUses.isJoin(program, m, events.get(i))) {
                return i;
            }
        }
        return events.size();
    }

    /** Whether the spawner's use and every use in the task hold one same lock (they cannot overlap). */
    private static boolean orderedByLock(List<Use> inTask, Use spawner) {
        for (LockRef l : spawner.held().locks()) {
            if (inTask.stream().allMatch(u -> u.held().contains(l))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every use locks the object first ({@link OwnMonitorUses}): two such uses cannot overlap. */
    private static boolean allLocked(Program program, List<Use> uses, String name) {
        return uses.stream().allMatch(u -> OwnMonitorUses.locked(program, u, name));
    }

    /** Whether the variable gets its value inside the loop (a fresh object per iteration). */
    private static boolean declaredInLoop(MethodInfo m, String name, int loop) {
        List<Event> events = m.facts().events();
        boolean any = false;
        for (int i = 0; i < events.size(); i++) {
            if (VariableUses.reassigns(events.get(i), name)) {
                if (!VariableUses.inLoop(m, i, loop)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static void report(RuleContext context, Task task, String name, Use first, Conflict conflict) {
        String var = Describe.variable(name);
        String message = "`" + var + "` is not thread-safe but is shared with a task run on another thread by `"
                + task.handoff() + "` at line " + task.spawnPos().line() + ": the task uses it here while "
                + conflict.who() + "; give each thread its own object, or use a thread-safe one";
        context.report(first.method(), first.pos(), message)
                .related(task.parent(), task.spawnPos(), "`" + var + "` is shared with another thread here")
                .related(conflict.method(), conflict.at().pos(), conflict.note())
                .add();
    }

}
