package dev.fearless.rules.atomicity;

import dev.fearless.facts.AccessPath;
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
import dev.fearless.summary.VariableUses;
import java.util.List;

/**
 * Check-then-act on volatile state that lets one thread through, tested and then written with no lock:
 * a flag that says a thread was started, or a claim that answers whether the caller won it.
 * A flag that says a thread was started: {@code if (!started) { started =
 * true; new Thread(this::loop).start(); }} with no lock, in a method two threads can run at once. Both
 * can read {@code false} before either writes {@code true}, and both start the thread the flag was to
 * keep single (two heartbeat senders, two pollers of one queue). Setting the flag with
 * {@code compareAndSet(false, true)} on an {@code AtomicBoolean}, or testing and setting it under a lock,
 * lets one thread through. A claim: {@code if (job.state == State.PENDING) { job.state = State.RUNNING;
 * return true; } return false;}, in a method two threads can run at once on one object: both can see
 * {@code PENDING} and both are told they claimed the job, and both run it.
 */
final class FlagThenStart {

    private FlagThenStart() {
    }

    static void report(MethodScope scope, int index, Event.FieldAccess write) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        Summaries summaries = scope.summaries();
        if (write.kind() != Event.AccessKind.WRITE || !constant(write.value()) || m.facts().isInitialization()
                || !summaries.heldAt(m, write.held()).isEmpty() || RaceFields.forTesting(m)) {
            return;
        }
        FieldInfo flag = program.field(m, write.path());
        if (flag == null || !flag.facts().isVolatile()) {
            return;
        }
        Guard check = checkOf(m, write);
        if (check == null) {
            return;
        }
        int start = startUnder(summaries, m, check);
        if (start >= 0 && VariableUses.inHandlerWithout(m.facts(), index, start)) {
            return; // set only when something failed after the test: it records the failure, it gates no start
        }
        int claimed = start >= 0 ? -1 : claimUnder(m, index, check);
        if (start < 0 && claimed < 0) {
            return;
        }
        String proof = Conflicts.selfRace(program, summaries, m, write.pos(), write.path());
        if (proof == null) {
            return;
        }
        String name = write.path().display();
        String seen = write.value() instanceof Value.Literal b && b.kind() == Value.LiteralKind.BOOLEAN
                ? String.valueOf(!Boolean.parseBoolean(b.text())) : "at the value tested";
        String head = "check-then-act on volatile `" + name + "`: the test at line " + check.pos().line()
                + " and this write are each atomic, but not together: two threads can both see `" + name + "` "
                + seen + " before either writes it, and both ";
        String fix = "; set it with `compareAndSet` on an atomic, or test and set it under a lock; " + proof;
        if (start >= 0) {
            Event started = m.facts().events().get(start);
            scope.report(write.pos(), head + "start the thread at line " + started.pos().line()
                            + " that the flag was to keep single" + fix)
                    .related(m, check.pos(), "`" + name + "` is tested here")
                    .related(m, started.pos(), "the thread is started here, by every thread that passed the test")
                    .add();
            return;
        }
        Event won = m.facts().events().get(claimed);
        scope.report(write.pos(), head + "return `true` at line " + won.pos().line() + ", each told it alone made the change"
                        + " (claimed the job, took the turn)" + fix)
                .related(m, check.pos(), "`" + name + "` is tested here")
                .related(m, won.pos(), "every thread that passed the test returns `true` here")
                .add();
    }

    /** Whether a stored value is a constant: a literal, or a static final field such as an enum constant. */
    private static boolean constant(Value v) {
        if (v instanceof Value.Literal l) {
            return l.kind() != Value.LiteralKind.NULL;
        }
        AccessPath p = v.pathOrNull();
        return p != null && p.root() == AccessPath.Root.STATIC;
    }

    /**
     * The condition around the write that tested the field itself: found a flag at the other value than the
     * one written, or compared the field with a value ({@code if (state == State.PENDING)}); {@code null}
     * when none did.
     */
    private static Guard checkOf(MethodInfo m, Event.FieldAccess write) {
        Guard.TestKind other = write.value() instanceof Value.Literal l && l.kind() == Value.LiteralKind.BOOLEAN
                ? Boolean.parseBoolean(l.text()) ? Guard.TestKind.IS_FALSE : Guard.TestKind.IS_TRUE
                : Guard.TestKind.COMPARED;
        for (Guard g : m.facts().guardChain(write)) {
            for (Guard.Test t : g.implied()) {
                if (t.kind() == other && write.path().equals(t.subject().pathOrNull())) {
                    return g;
                }
            }
        }
        return null;
    }

    /**
     * The first {@code return true} after the write at {@code index}, under {@code check}, in a method whose
     * other returns answer {@code false}: the method tells its caller it won ({@code tryClaim}); -1 if none.
     */
    private static int claimUnder(MethodInfo m, int index, Guard check) {
        List<Event> events = m.facts().events();
        int won = -1;
        boolean lost = false;
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Return r)) {
                continue;
            }
            boolean answersTrue = r.value() instanceof Value.Literal l && l.kind() == Value.LiteralKind.BOOLEAN
                    && Boolean.parseBoolean(l.text());
            boolean answersFalse = r.value() instanceof Value.Literal l && l.kind() == Value.LiteralKind.BOOLEAN
                    && !Boolean.parseBoolean(l.text());
            if (answersTrue && i > index && won < 0 && m.facts().guardChain(r).contains(check)) {
                won = i;
            } else if (answersFalse) {
                lost = true;
            } else {
                return -1;
            }
        }
        return lost ? won : -1;
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
