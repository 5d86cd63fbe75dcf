package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Position;
import dev.fearless.program.MethodInfo;
import java.util.List;

/**
 * Flags a loop polls inside its body: each pass reads a boolean field and, when it finds it set, leaves
 * the loop ({@code for (...) { if (stopRequested) return; ... }}, {@code if (!running) break;}), as a
 * {@code while (!stopRequested)} would. Without a lock or {@code volatile}, the compiler may read the
 * field once before the loop, and the loop never sees another thread's write. A test that only changes
 * what a pass does ({@code if (verbose) log(...)}, {@code if (useQueue) put(s); else handle(s);}) and a
 * limit a pass checks ({@code if (count >= max) throw ...}) are not polls of a flag, nor is a test made only in
 * some case ({@code if (msg == null) { if (breakOnNull) break; }}).
 */
public final class PolledFields {

    private PolledFields() {
    }

    /** Whether event {@code read} of {@code m}, a read of a field by {@code path}, is a flag its loop polls. */
    public static boolean polledInBody(MethodInfo m, int read, AccessPath path) {
        MethodFacts f = m.facts();
        if (read < 0 || read >= f.events().size()) {
            return false;
        }
        int loop = f.events().get(read).loop();
        if (loop < 0 || !atTopOfBody(f, loop, read)) {
            return false;
        }
        List<Guard> guards = f.guards();
        for (int g = 0; g < guards.size(); g++) {
            Guard.Test test = flagTest(guards.get(g), path);
            if (test != null && leavesLoop(m, g, loop, read)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the read is made at the top of the loop's body, under no condition of its own: where the
     * loop's first event is. A flag tested only in some case ({@code if (msg == null) { if (breakOnNull)
     * break; }}) says how the loop treats that case, not that it waits to be stopped.
     */
    private static boolean atTopOfBody(MethodFacts f, int loop, int read) {
        for (Event e : f.events()) {
            if (e.loop() == loop) {
                return e.guard() == f.events().get(read).guard();
            }
        }
        return false;
    }

    /** The test of {@code path} as a boolean flag that {@code guard} implies, or null. */
    private static Guard.Test flagTest(Guard guard, AccessPath path) {
        for (Guard.Test t : guard.implied()) {
            if ((t.kind() == Guard.TestKind.IS_TRUE || t.kind() == Guard.TestKind.IS_FALSE)
                    && path.equals(t.subject().pathOrNull())) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether the branch guarded by {@code g}, in loop {@code loop} after the read, leaves the loop: it
     * returns or throws, or it has no code of its own and a {@code break} of the loop sits in it (after its
     * test, before the code the rest of the pass runs).
     */
    private static boolean leavesLoop(MethodInfo m, int g, int loop, int read) {
        List<Event> events = m.facts().events();
        boolean any = false;
        for (int i = read + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.guard() != g) {
                continue;
            }
            if (!VariableUses.loopWithin(m, loop, e.loop())) {
                return false;
            }
            if (e instanceof Event.Return || e instanceof Event.Throw) {
                return true;
            }
            any = true;
        }
        if (any) {
            return false;
        }
        Position test = m.facts().guards().get(g).pos();
        Position rest = null;
        for (int i = read + 1; i < events.size() && rest == null; i++) {
            if (events.get(i).pos().compareTo(test) > 0 && events.get(i).guard() != g) {
                rest = events.get(i).pos();
            }
        }
        for (Position exit : m.facts().loops().get(loop).exits()) {
            if (exit.compareTo(test) > 0 && (rest == null || exit.compareTo(rest) < 0)) {
                return true;
            }
        }
        return false;
    }
}
