package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
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
    public static boolean orderedBefore(Program program, FieldUse use, FieldUse task) {
        MethodInfo taskMethod = task.method();
        MethodInfo parent = taskMethod.closureParent();
        if (parent != null && taskMethod.facts().siteEvent() >= 0) {
            Position spawn = parent.facts().events().get(taskMethod.facts().siteEvent()).pos();
            return use.method() == parent && use.site().compareTo(spawn) < 0;
        }
        Position spawn = spawnOfThis(program, use.method());
        return spawn != null && use.site().compareTo(spawn) < 0;
    }

    /** Where a method hands its own object to another thread ({@code executor.execute(this)}), or null. */
    private static Position spawnOfThis(Program program, MethodInfo m) {
        List<Event> events = m.facts().events();
        for (Event e : events) {
            if (e instanceof Event.Call call && call.args().stream().anyMatch(a -> a.pathOrNull() != null && a.pathOrNull().isThis())) {
                var traits = program.traits(m, call);
                if (traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.STAGE)) {
                    return call.pos();
                }
            }
            if (e instanceof Event.NewObject n && n.args().contains(Value.PathValue.THIS)) {
                return n.pos();
            }
        }
        return null;
    }
}
