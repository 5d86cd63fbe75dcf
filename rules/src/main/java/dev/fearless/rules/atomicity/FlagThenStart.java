package dev.fearless.rules.atomicity;

import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.MethodScope;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import java.util.List;

/**
 * Check-then-act on a volatile flag that says a thread was started: {@code if (!started) { started =
 * true; new Thread(this::loop).start(); }} with no lock, in a method two threads can run at once. Both
 * can read {@code false} before either writes {@code true}, and both start the thread the flag was to
 * keep single (two heartbeat senders, two pollers of one queue). Setting the flag with
 * {@code compareAndSet(false, true)} on an {@code AtomicBoolean}, or testing and setting it under a lock,
 * lets one thread through.
 */
final class FlagThenStart {

    private FlagThenStart() {
    }

    static void report(MethodScope scope, int index, Event.FieldAccess write) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        Summaries summaries = scope.summaries();
        if (write.kind() != Event.AccessKind.WRITE || !(write.value() instanceof Value.Literal stored)
                || stored.kind() != Value.LiteralKind.BOOLEAN || m.facts().isInitialization()
                || !summaries.heldAt(m, write.held()).isEmpty() || RaceFields.forTesting(m)) {
            return;
        }
        FieldInfo flag = program.field(m, write.path());
        if (flag == null || !flag.facts().isVolatile()) {
            return;
        }
        boolean set = Boolean.parseBoolean(stored.text());
        Guard check = checkOf(m, write, set);
        int start = check == null ? -1 : startUnder(summaries, m, check);
        if (start < 0) {
            return;
        }
        String proof = Conflicts.selfRace(summaries, m, write.pos(), write.path());
        if (proof == null) {
            return;
        }
        String name = write.path().display();
        Event started = m.facts().events().get(start);
        scope.report(write.pos(), "check-then-act on volatile `" + name + "`: the test at line " + check.pos().line()
                        + " and this write are each atomic, but not together: two threads can both see `" + name + "` "
                        + !set + " before either sets it, and both start "
                        + "the thread at line " + started.pos().line() + " that the flag was to keep single; set it with "
                        + "`compareAndSet` on an AtomicBoolean, or test and set it under a lock; " + proof)
                .related(m, check.pos(), "`" + name + "` is tested here")
                .related(m, started.pos(), "the thread is started here, by every thread that passed the test")
                .add();
    }

    /** The condition around the write that found the flag at the other value than the one written, or {@code null}. */
    private static Guard checkOf(MethodInfo m, Event.FieldAccess write, boolean stored) {
        Guard.TestKind other = stored ? Guard.TestKind.IS_FALSE : Guard.TestKind.IS_TRUE;
        for (Guard g : m.facts().guardChain(write)) {
            for (Guard.Test t : g.implied()) {
                if (t.kind() == other && write.path().equals(t.subject().pathOrNull())) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The first event under {@code check} that starts a thread or hands a task to one; -1 when none does. */
    private static int startUnder(Summaries summaries, MethodInfo m, Guard check) {
        List<Event> events = m.facts().events();
        for (int spawn : summaries.threads().spawnsBy(m)) {
            if (m.facts().guardChain(events.get(spawn)).contains(check)) {
                return spawn;
            }
        }
        return -1;
    }
}
