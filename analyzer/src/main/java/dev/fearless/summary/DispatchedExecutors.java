package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Executors the program dispatches to by their own thread: code that runs a step itself when a no-argument
 * test of the executor says the caller is on its thread, and hands the step to the executor otherwise
 * ({@code if (consumer.inThread()) drain(); else consumer.execute(this::drain);}). The authors confine the
 * step to the executor that way; the test ({@code inThread}, a library's
 * {@code inEventLoop}) says the caller is on the executor's own thread wherever the program asks it, in a
 * branch or an assertion, and what the executor is handed runs there, one task at a time. Learned once
 * from the whole program, by the executor's declared type and the test's name.
 */
final class DispatchedExecutors {

    /** A test of an executor type: the type as the code declares the executor, and the method's name. */
    private record Test(String type, String name) {
    }

    private final Set<Test> tests = new HashSet<>();
    private final Set<String> types = new HashSet<>();

    DispatchedExecutors(Program program) {
        for (MethodInfo m : program.methods()) {
            List<Guard> guards = m.facts().guards();
            if (guards.isEmpty()) {
                continue;
            }
            List<Event> events = m.facts().events();
            for (int g = 0; g < guards.size(); g++) {
                for (Guard.Test t : guards.get(g).implied()) {
                    if (t.kind() != Guard.TestKind.IS_FALSE || !(t.subject() instanceof Value.CallResult cr)
                            || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call check) || !check.args().isEmpty()
                            || check.receiver().pathOrNull() == null) {
                        continue;
                    }
                    String type = program.staticType(m, check.receiver()).name();
                    if (type != null && handsOver(program, m, events, g, check.receiver())) {
                        tests.add(new Test(type, check.name()));
                        types.add(type);
                    }
                }
            }
        }
    }

    /** Whether an event under guard {@code g} hands a task to the executor {@code executor} ({@code executor.execute(task)}). */
    private static boolean handsOver(Program program, MethodInfo m, List<Event> events, int g, Value executor) {
        for (Event e : events) {
            if (e instanceof Event.Call c && c.receiver().equals(executor) && c.args().size() == 1
                    && VariableUses.guardWithin(m, g, e.guard())
                    && Loops.methodTraits(program, m, c).contains(MethodTrait.RUNS_ELSEWHERE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether calling {@code name} on an executor declared as {@code type} asks whether the caller is on its own thread. */
    boolean isOwnThreadTest(String type, String name) {
        return type != null && tests.contains(new Test(type, name));
    }

    /** Whether executors declared as {@code type} are dispatched to by their own thread somewhere in the program. */
    boolean isDispatchedTo(String type) {
        return type != null && types.contains(type);
    }
}
