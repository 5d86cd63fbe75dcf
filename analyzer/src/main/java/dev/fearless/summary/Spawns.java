package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/**
 * Happens-before through a hand-off: what a method does before it hands a task to another thread is
 * visible to the task, so those accesses do not race with it.
 */
public final class Spawns {

    private Spawns() {
    }

    /** Whether {@code use} happens in the code that spawns {@code task}'s entry, before the spawn. */
    public static boolean orderedBefore(Program program, ThreadModel threads, FieldUse use, FieldUse task) {
        MethodInfo taskMethod = task.method();
        MethodInfo parent = taskMethod.closureParent();
        if (parent != null && taskMethod.facts().siteEvent() >= 0) {
            Position spawn = parent.facts().events().get(taskMethod.facts().siteEvent()).pos();
            return use.method() == parent && use.site().compareTo(spawn) < 0;
        }
        Position spawn = spawnOfThis(program, threads, use.method());
        return spawn != null && use.site().compareTo(spawn) < 0 || handedOverAfter(program, threads, use, task);
    }

    /**
     * Whether every thread that runs {@code task} is handed its work by {@code use}'s method, after the use
     * and not in a loop ({@code has = compute(); new Thread(new Refresher()).start();}): the hand-over orders
     * the use before everything the thread does.
     */
    private static boolean handedOverAfter(Program program, ThreadModel threads, FieldUse use, FieldUse task) {
        ThreadSet runners = task.threads();
        if (runners.isEmpty() || runners.more()) {
            return false;
        }
        for (LogicalThread t : runners.threads()) {
            List<ThreadRoots.Spawn> spawns = threads.spawnsOf(t);
            if (spawns.isEmpty()) {
                return false;
            }
            for (ThreadRoots.Spawn s : spawns) {
                if (s.inLoop() || !before(program, use, s)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the use comes before the hand-over {@code s}: in the same method, earlier; or in a method
     * only the handing method calls (no client can), each time before the hand-over ({@code
     * credit.bind(book); feed.start();}).
     */
    private static boolean before(Program program, FieldUse use, ThreadRoots.Spawn s) {
        Position spawn = s.parent().facts().events().get(s.event()).pos();
        if (s.parent() == use.method()) {
            return spawn.compareTo(use.site()) > 0;
        }
        if (use.threads().more() || use.threads().threads().stream().anyMatch(LogicalThread::alwaysMany)) {
            return false; // clients may call it at any time, not only where the program does
        }
        List<CallSite> callers = program.callGraph().callersOf(use.method());
        return !callers.isEmpty() && callers.stream().allMatch(c -> c.caller() == s.parent() && c.event() < s.event()
                && c.caller().facts().events().get(c.event()).loop() < 0);
    }

    /**
     * Where a method hands its own object to another thread ({@code executor.execute(this)}, or a program
     * method that starts the thread it is given, {@code starter.execute(Worker.this)}), or null.
     */
    private static Position spawnOfThis(Program program, ThreadModel threads, MethodInfo m) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Call call && handsOnSelf(program, threads, m, i, call)) {
                return call.pos();
            }
            if (e instanceof Event.NewObject n && n.args().contains(Value.PathValue.THIS)) {
                return n.pos();
            }
        }
        return null;
    }

    private static boolean handsOnSelf(Program program, ThreadModel threads, MethodInfo m, int event, Event.Call call) {
        List<Value> args = call.args();
        for (int k = 0; k < args.size(); k++) {
            if (!args.get(k).isSelf()) {
                continue;
            }
            var traits = program.traits(m, call);
            if (traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.STAGE)) {
                return true;
            }
            for (MethodInfo target : program.callGraph().targets(m, event)) {
                if (threads.handsOnParam(target, k)) {
                    return true;
                }
            }
        }
        return false;
    }
}
