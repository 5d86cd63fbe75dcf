package dev.fearless.rules.atomicity;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.MethodScope;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.ThreadSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Two atomics (or volatile fields) that hold one value together, written one after the other and read
 * as a pair: Java Concurrency in Practice's UnsafeCachingFactorizer caches a number and its factors in
 * two AtomicReferences, sets them in turn, and returns the cached factors when the number matches. Each
 * access is atomic, not the pair: a reader between the two writes (or between its own two reads) takes
 * the factors of another number. The same holds for two halves read and made into one value
 * ({@code first.get().add(second.get())}, CERT VNA03-J). A flag stored as a constant ({@code ready = true}
 * after the data) is a publication, not half of a pair, and is left alone.
 */
final class TornPairs {

    private TornPairs() {
    }

    /**
     * Reports the read at {@code index} of the scope's method when it reads one half of a pair under a
     * condition on the other half (or makes one value of it and the other half), and a method of the
     * class writes both halves one after the other, outside any lock, on a thread that can run at the
     * same time as the read.
     */
    static void report(MethodScope scope, int index, Event event) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        Summaries summaries = scope.summaries();
        FieldInfo used = half(program, m, event, false);
        if (used == null || m.facts().isInitialization() || !summaries.heldAt(m, event.held()).isEmpty()
                || RaceFields.forTesting(m)) {
            return;
        }
        ThreadSet here = summaries.sharedThreadsAt(m, event.pos());
        List<Checked> pairs = checks(program, m, index, used);
        int matched = pairs.size();
        pairs.addAll(combined(program, m, index, event, used));
        for (int k = 0; k < pairs.size(); k++) {
            Checked checked = pairs.get(k);
            if (k < matched && readBefore(program, m, index, used, checked.field())) {
                return; // reported at the first read of the pair in this method
            }
            if (k >= matched && checked.at() > index) {
                continue; // two reads used together: reported at the later one
            }
            if (writtenBefore(program, m, index, checked.field())) {
                continue; // the method matched what it stored itself
            }
            for (MethodInfo x : program.writtenInTopLevelOf(m.owner())) {
                List<Event> writes = pairWrites(program, summaries, x, checked.field(), used, k >= matched);
                if (writes != null && summaries.threads().concurrent(here,
                        summaries.sharedThreadsAt(x, writes.get(1).pos()))) {
                    report(scope, event, used, checked, x, writes, here, k < matched);
                    return;
                }
            }
        }
    }

    /** The other halves whose values the conditions holding at event {@code index} (a read of {@code used}) match. */
    private static List<Checked> checks(Program program, MethodInfo m, int index, FieldInfo used) {
        List<Checked> result = new ArrayList<>();
        for (Guard g : m.facts().guardChain(m.facts().eventAt(index))) {
            for (Guard.Test t : g.implied()) {
                Checked checked = checkedHalf(program, m, t, index);
                if (checked != null && checked.field() != used) {
                    result.add(checked);
                }
            }
        }
        return result;
    }

    /**
     * The other halves whose values a call or constructor of {@code m} combines with the value the read at
     * {@code index} returns, and with nothing else ({@code first.get().add(second.get())},
     * {@code new Range(lower, upper)}): the pair is used as one value.
     */
    private static List<Checked> combined(Program program, MethodInfo m, int index, Event read, FieldInfo used) {
        Value mine = read instanceof Event.FieldAccess fa ? new Value.PathValue(fa.path()) : new Value.CallResult(index);
        List<Checked> result = new ArrayList<>();
        List<Event> events = m.facts().events();
        for (int j = 0; j < events.size(); j++) {
            Event e = events.get(j);
            List<Value> values = new ArrayList<>();
            if (e instanceof Event.Call c) {
                values.add(c.receiver());
                values.addAll(c.args());
            } else if (e instanceof Event.NewObject n) {
                values.addAll(n.args());
            }
            values.removeIf(v -> v instanceof Value.Implicit || v instanceof Value.TypeName);
            if (values.size() != 2 || !values.contains(mine)) {
                continue; // only the two halves, made into one value: not a message or a copy of many fields
            }
            for (Value v : values) {
                Checked other = v.equals(mine) ? null : halfValue(program, m, v, j);
                if (other != null && other.field() != used) {
                    result.add(other);
                }
            }
        }
        return result;
    }

    /** Whether an event of {@code m} before {@code index} stores {@code field} whole. */
    private static boolean writtenBefore(Program program, MethodInfo m, int index, FieldInfo field) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < index; i++) {
            if (half(program, m, events.get(i), true) == field) {
                return true;
            }
        }
        return false;
    }

    /** Whether an event of {@code m} before {@code index} reads {@code used} under a match of {@code checked}. */
    private static boolean readBefore(Program program, MethodInfo m, int index, FieldInfo used, FieldInfo checked) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < index; i++) {
            if (half(program, m, events.get(i), false) == used
                    && checks(program, m, i, used).stream().anyMatch(c -> c.field() == checked)) {
                return true;
            }
        }
        return false;
    }

    private static void report(MethodScope scope, Event read, FieldInfo used, Checked checked, MethodInfo writer,
                               List<Event> writes, ThreadSet here, boolean matched) {
        MethodInfo m = scope.method();
        Summaries summaries = scope.summaries();
        String pair = "`" + checked.field().name() + "` and `" + used.name() + "`";
        String how = matched ? "`" + used.name() + "` is read because `" + checked.field().name() + "` passed a check, but "
                : pair + " are read one after the other and used together, but ";
        scope.report(read.pos(), "torn pair: " + how + pair + " are written one after the other in `" + writer.display()
                + "`, each atomic but not together: a thread that reads between the two writes takes `" + used.name()
                + "` of another `" + checked.field().name() + "`; keep both in one immutable object behind a single "
                + "AtomicReference or volatile field, or read and write them under one lock; "
                + (writer == m ? "two threads can run `" + m.display() + "` at once: it runs on " + first(here)
                : "`" + m.display() + "` runs on " + first(here) + ", `" + writer.display() + "` on "
                + first(summaries.sharedThreadsAt(writer, writes.get(1).pos()))))
                .related(m, m.facts().eventAt(checked.at()).pos(), (matched ? "the check of `" : "the read of `") + checked.field().name()
                        + "` is here")
                .related(writer, writes.get(0).pos(), "the first of the two writes, in `" + writer.display() + "`")
                .related(writer, writes.get(1).pos(), "the second of the two writes")
                .add();
    }

    /** The half checked by a condition (or used with the read), and the index of the event that reads it. */
    private record Checked(FieldInfo field, int at) {
    }

    /**
     * The own atomic or volatile field whose value a condition's test matches against another value, a
     * key: a call relating the half to one other value ({@code i.equals(last.get())},
     * {@code Objects.equals(a, last)}); {@code null} when there is none. A test of the half's own state
     * ({@code closed(conn)}, {@code conn != null}) matches nothing, and neither does an ordering against a
     * threshold ({@code ratio > maxDeviation}), whose fields are settings, not a key and its value.
     */
    private static Checked checkedHalf(Program program, MethodInfo m, Guard.Test test, int before) {
        if (test.kind() != Guard.TestKind.IS_TRUE && test.kind() != Guard.TestKind.IS_FALSE
                || !(test.subject() instanceof Value.CallResult cr)
                || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call c) || half(program, m, c, false) != null) {
            return null;
        }
        List<Value> related = new ArrayList<>(c.args());
        if (!(c.receiver() instanceof Value.Implicit || c.receiver() instanceof Value.TypeName)) {
            related.add(c.receiver());
        }
        if (related.size() != 2) {
            return null;
        }
        Checked a = halfValue(program, m, related.get(0), before);
        Checked b = halfValue(program, m, related.get(1), before);
        Value other = related.get(a != null ? 1 : 0);
        return (a == null) == (b == null) || other instanceof Value.Literal || other instanceof Value.Implicit ? null
                : a != null ? a : b;
    }

    /**
     * The own atomic or volatile field {@code v} (a value used at event {@code before}) is the value of, and
     * where it is read; {@code null} when none.
     */
    private static Checked halfValue(Program program, MethodInfo m, Value v, int before) {
        if (v instanceof Value.CallResult cr) {
            FieldInfo f = half(program, m, m.facts().eventAt(cr.eventIndex()), false);
            return f == null ? null : new Checked(f, cr.eventIndex());
        }
        AccessPath p = v.pathOrNull();
        FieldInfo f = p != null && p.isOwnField() ? program.field(m, p) : null;
        int read = f != null && f.facts().isVolatile() ? lastRead(m, p, before) : -1;
        return read < 0 ? null : new Checked(f, read);
    }

    /** The index of the last read of field {@code p} in {@code m} before event {@code before}, or -1. */
    static int lastRead(MethodInfo m, AccessPath p, int before) {
        List<Event> events = m.facts().events();
        for (int i = Math.min(before, events.size()) - 1; i >= 0; i--) {
            if (events.get(i) instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.READ && fa.path().equals(p)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The writes, in order and under the same conditions, of both halves by {@code x}, each outside any lock
     * and the checked one (or,
     * {@code both}, each) of a value that is not a constant; {@code null} when {@code x} does not write
     * both so. Halves reset to constants together ({@code hits.set(0); misses.set(0)}) are no pair of values.
     */
    private static List<Event> pairWrites(Program program, Summaries summaries, MethodInfo x, FieldInfo checked,
                                          FieldInfo used, boolean both) {
        if (x.facts().isInitialization()) {
            return null;
        }
        Event first = null;
        Event second = null;
        for (Event e : x.facts().events()) {
            FieldInfo f = half(program, x, e, true);
            if (f == null || f != checked && f != used || !summaries.heldAt(x, e.held()).isEmpty()) {
                continue;
            }
            if ((f == checked || both) && written(e) instanceof Value.Literal) {
                return null; // a flag, set to a constant: a publication, not half of a pair
            }
            if (first == null) {
                first = e;
            } else if (half(program, x, first, true) != f && second == null && e.guard() == first.guard()) {
                second = e; // under the same conditions: one runs after the other, not one instead of it
            }
        }
        return second == null ? null : List.of(first, second);
    }

    private static Value written(Event e) {
        return e instanceof Event.FieldAccess fa ? fa.value() : ((Event.Call) e).args().get(0);
    }

    /**
     * The own field {@code e} reads (or, {@code write}, stores whole) when the field is an atomic
     * ({@code get()}, {@code set(v)}) or volatile; {@code null} otherwise.
     */
    private static FieldInfo half(Program program, MethodInfo m, Event e, boolean write) {
        if (e instanceof Event.FieldAccess fa) {
            Event.AccessKind kind = write ? Event.AccessKind.WRITE : Event.AccessKind.READ;
            FieldInfo f = fa.kind() == kind && fa.path().isOwnField() ? program.field(m, fa.path()) : null;
            return f != null && f.facts().isVolatile() ? f : null;
        }
        if (!(e instanceof Event.Call c) || c.receiver().pathOrNull() == null || !c.receiver().pathOrNull().isOwnField()
                || !program.knowledge().inGroup(write ? NameGroup.ATOMIC_WRITE : NameGroup.ATOMIC_READ, c.name())
                || c.args().size() != (write ? 1 : 0)) {
            return null;
        }
        FieldInfo f = program.field(m, c.receiver().pathOrNull());
        String type = f == null ? null : program.staticType(m, c.receiver()).name();
        return type != null && program.is(type, TypeTrait.ATOMIC) ? f : null;
    }

    private static String first(ThreadSet threads) {
        return threads.isEmpty() ? "no thread" : threads.threads().get(0).description();
    }
}
