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
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import java.util.List;

/**
 * Check-then-act on a volatile reference field: a method tests the field for null ({@code if (writer ==
 * null) return;}), then reads it again and calls a method on what it read, while another thread sets the
 * field to null under a lock (a {@code stop()}, a {@code close()}: it expects threads to meet) that the
 * testing method does not hold from its test to its use. The second read can see the null
 * the test ruled out: a {@code NullPointerException} on the path the test was to protect (or a call on
 * what the closer just closed). Reading the field once into a local, and testing and using that, closes
 * the window; so does doing the test, the use and the clearing under one lock.
 */
final class NullThenReread {

    private NullThenReread() {
    }

    static void report(MethodScope scope, int index, Event.Call use) {
        MethodInfo m = scope.method();
        AccessPath field = use.receiver().pathOrNull();
        if (field == null || !(field.isOwnField() || field.isStaticField()) || m.facts().isInitialization()
                || RaceFields.forTesting(m) || RaceFields.callerConfined(m)) {
            return;
        }
        Guard check = nonNullCheck(m, use, field);
        int read = check == null ? -1 : rereadBefore(m, index, field);
        if (read < 0 || firstUseAfter(m, firstRead(m, field) + 1, field, check) != index) {
            return; // one finding for the uses after one test: at the first
        }
        Program program = scope.program();
        Summaries summaries = scope.summaries();
        FieldInfo f = program.field(m, field);
        if (f == null || !f.facts().isVolatile()) {
            return; // a plain field read unlocked is UnguardedRead's; volatile says threads share it
        }
        // The test's read races with the clearing unless one lock is held from the test to the use and
        // by the clearing: then the use sees what the test saw. The test is the last read before the use's
        // (the inner test of `if (h != null) synchronized (this) { if (h != null) h.remove(); }`).
        Event tested = m.facts().events().get(readBefore(m, read, field));
        Conflicts.Race race = Conflicts.at(program, summaries, f, m, tested.pos(), u -> !u.op().isWrite(),
                NullThenReread::storesNull);
        if (race == null || race.other() == null || race.other().held().isEmpty()) {
            return; // a clearing under no lock is the plain race the race rules judge
        }
        FieldUse clear = race.other();
        String name = field.display();
        scope.report(use.pos(), "check-then-act on `" + name + "`: it is tested non-null at line " + check.pos().line()
                        + ", then read again here and used, but `" + clear.originMethod().display() + "` sets it to null "
                        + "in between on another thread, so this call can throw NullPointerException (or use what was "
                        + "just closed); read it once into a local and test and use that; "
                        + Conflicts.proof(summaries, race.use(), clear))
                .related(m, check.pos(), "`" + name + "` is tested here")
                .related(clear.originMethod(), clear.origin(), "`" + name + "` is set to null here")
                .add();
    }

    /** The condition the call runs under that found the field not null, or {@code null}. */
    private static Guard nonNullCheck(MethodInfo m, Event.Call use, AccessPath field) {
        for (Guard g : m.facts().guardChain(use)) {
            for (Guard.Test t : g.implied()) {
                if (t.kind() == Guard.TestKind.NOT_NULL && field.equals(t.subject().pathOrNull())) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The last read of the field before event {@code index}. */
    private static int readBefore(MethodInfo m, int index, AccessPath field) {
        List<Event> events = m.facts().events();
        for (int i = index - 1; i >= 0; i--) {
            if (events.get(i) instanceof Event.FieldAccess a && a.kind() == Event.AccessKind.READ && field.equals(a.path())) {
                return i;
            }
        }
        return firstRead(m, field);
    }

    /** The first read of the field in the method: the test's. */
    private static int firstRead(MethodInfo m, AccessPath field) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.FieldAccess a && a.kind() == Event.AccessKind.READ && field.equals(a.path())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The read of the field the call at {@code index} is made on, when an earlier read of it (the test's)
     * comes before: the call reads the field again. -1 otherwise.
     */
    private static int rereadBefore(MethodInfo m, int index, AccessPath field) {
        List<Event> events = m.facts().events();
        int last = -1;
        int reads = 0;
        for (int i = 0; i < index; i++) {
            if (events.get(i) instanceof Event.FieldAccess a && a.kind() == Event.AccessKind.READ && field.equals(a.path())) {
                last = i;
                reads++;
            }
        }
        return reads >= 2 ? last : -1;
    }

    /** The first call after event {@code from} made on the field under {@code check}; -1 when none. */
    private static int firstUseAfter(MethodInfo m, int from, AccessPath field, Guard check) {
        List<Event> events = m.facts().events();
        for (int i = from; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Call c && field.equals(c.receiver().pathOrNull())
                    && m.facts().guardChain(c).contains(check)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the write stores null into the field. */
    private static boolean storesNull(FieldUse u) {
        int event = u.originEvent();
        return event >= 0 && u.originMethod().facts().events().get(event) instanceof Event.FieldAccess w
                && w.kind() == Event.AccessKind.WRITE && w.value() instanceof Value.Literal l
                && l.kind() == Value.LiteralKind.NULL;
    }
}
