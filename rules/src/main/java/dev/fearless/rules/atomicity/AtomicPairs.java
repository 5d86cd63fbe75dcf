package dev.fearless.rules.atomicity;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.MethodScope;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.Describe;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.ThreadSet;

/**
 * Check-then-act across two atomics (or two volatile fields) that keep an invariant together: a value
 * is compared with one atomic's current value and then stored in another ({@code if (i > upper.get())
 * throw ...; lower.set(i);}, Java Concurrency in Practice's NumberRange; {@code if (i > upper) throw
 * ...; lower = i;} with volatile bounds). Each access is atomic, not the pair: a thread that changes
 * the first in between (another method writes it, on a thread that can run at the same time) leaves
 * the two values breaking the invariant the check was for.
 */
final class AtomicPairs {

    private AtomicPairs() {
    }

    /**
     * Reports the act of the scope's method when the value it stores was compared, under a condition that
     * holds for it, with another atomic field of the same object that another thread can change in between.
     */
    static void report(MethodScope scope, Event.Call act, AccessPath target) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        if (act.args().size() != 1 || !scope.knowledge().inGroup(NameGroup.ATOMIC_WRITE, act.name())) {
            return;
        }
        Event.Call read = comparedRead(program, scope, m, act, target);
        AccessPath checked = read == null ? null : read.receiver().pathOrNull();
        FieldInfo other = checked == null ? null : program.field(m, checked);
        if (other == null) {
            return;
        }
        Summaries summaries = scope.summaries();
        Conflicts.Race race = Conflicts.at(program, summaries, other, m, read.pos(), u -> true);
        String proof;
        MethodInfo writer;
        Position written;
        if (race != null) {
            if (race == Conflicts.Race.NONE || race.other() == race.use()) {
                return; // nothing else is known to change the checked atomic at the same time
            }
            proof = Conflicts.proof(summaries, race.use(), race.other());
            writer = race.other().originMethod();
            written = race.other().origin();
        } else {
            // No field use records the atomic's calls: look for a method of its class that changes it on a
            // thread that can run at the same time as this check.
            ThreadSet here = summaries.sharedThreadsAt(m, read.pos());
            Event.Call change = null;
            writer = null;
            for (MethodInfo x : program.writtenInTopLevelOf(m.owner())) {
                change = changeOf(scope, x, other, here);
                if (change != null) {
                    writer = x;
                    break;
                }
            }
            if (change == null) {
                return;
            }
            written = change.pos();
            proof = "`" + m.display() + "` runs on " + first(here) + ", `" + writer.display() + "` on "
                    + first(summaries.sharedThreadsAt(writer, written));
        }
        String value = Describe.value(m, act.args().get(0));
        scope.report(act.pos(), "check-then-act across two atomics: `" + value + "` is checked against `"
                + checked.display() + "." + read.name() + "()` and then stored by `" + target.display() + "."
                + act.name() + "()`; each call is atomic, but not the pair: another thread can change `"
                + checked.display() + "` in between, and the two values no longer keep the invariant the check was "
                + "for; update both under one lock, or keep them in one immutable object behind a single "
                + "AtomicReference; " + proof)
                .related(m, read.pos(), "the check against `" + checked.display() + "` is here")
                .related(writer, written, "`" + other.name() + "` is changed here, in `" + writer.display()
                        + "` (the other side)")
                .add();
    }

    /**
     * Reports a write of a volatile field of the object, outside any lock, of a value that a condition
     * holding at the write compares with another volatile field of the object, when another thread can
     * write that field between the check and the write ({@link Conflicts}).
     */
    static void reportVolatile(MethodScope scope, int index, Event.FieldAccess write) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        Summaries summaries = scope.summaries();
        if (write.kind() != Event.AccessKind.WRITE || !write.path().isOwnField() || m.facts().isInitialization()
                || !summaries.heldAt(m, write.held()).isEmpty() || RaceFields.forTesting(m)) {
            return;
        }
        FieldInfo target = program.field(m, write.path());
        if (target == null || !target.facts().isVolatile()) {
            return;
        }
        Event.FieldAccess read = comparedField(program, m, index, write);
        FieldInfo other = read == null ? null : program.field(m, read.path());
        if (other == null) {
            return;
        }
        Conflicts.Race race = Conflicts.at(program, summaries, other, m, read.pos(), u -> !u.op().isWrite());
        if (race == null || race == Conflicts.Race.NONE || race.other() == race.use() || !race.other().op().isWrite()) {
            return; // nothing else is known to change the checked field at the same time
        }
        String value = Describe.value(m, write.value());
        String checked = read.path().display();
        scope.report(write.pos(), "check-then-act across two volatile fields: `" + value + "` is checked against `"
                + checked + "` and then stored in `" + write.path().display() + "`; each access is atomic, but not "
                + "the pair: another thread can change `" + checked + "` in between, and the two values no longer "
                + "keep the invariant the check was for; update both under one lock, or keep them in one immutable "
                + "object behind a single volatile field or AtomicReference; "
                + Conflicts.proof(summaries, race.use(), race.other()))
                .related(m, read.pos(), "the check against `" + checked + "` is here")
                .related(race.other().originMethod(), race.other().origin(), "`" + other.name() + "` is changed here, in "
                        + Describe.side(race.other()) + " (the other side)")
                .add();
    }

    /**
     * The read of another volatile field of the object that a condition holding at {@code write} (event
     * {@code at}) compares,
     * together with the very value the write stores; {@code null} when there is none.
     */
    private static Event.FieldAccess comparedField(Program program, MethodInfo m, int at, Event.FieldAccess write) {
        Value stored = write.value();
        if (stored.pathOrNull() == null && !(stored instanceof Value.CallResult)) {
            return null; // a literal or an expression: nothing the check names
        }
        for (Guard g : m.facts().guardChain(write)) {
            if (g.implied().stream().noneMatch(t -> t.kind() == Guard.TestKind.COMPARED && t.subject().equals(stored))) {
                continue;
            }
            for (Guard.Test t : g.implied()) {
                AccessPath p = t.kind() == Guard.TestKind.COMPARED ? t.subject().pathOrNull() : null;
                if (p == null || !p.isOwnField() || p.equals(write.path())) {
                    continue;
                }
                FieldInfo f = program.field(m, p);
                if (f == null || !f.facts().isVolatile()) {
                    continue;
                }
                int read = TornPairs.lastRead(m, p, at);
                if (read >= 0) {
                    return (Event.FieldAccess) m.facts().eventAt(read);
                }
            }
        }
        return null;
    }

    /** A call in {@code x} that changes the atomic {@code field} of its own object, on a thread that can meet {@code here}. */
    private static Event.Call changeOf(MethodScope scope, MethodInfo x, FieldInfo field, ThreadSet here) {
        Program program = scope.program();
        Summaries summaries = scope.summaries();
        for (Event e : x.facts().events()) {
            AccessPath p = e instanceof Event.Call c ? c.receiver().pathOrNull() : null;
            if (p != null && p.isOwnField() && program.field(x, p) == field && e instanceof Event.Call c
                    && (scope.knowledge().inGroup(NameGroup.ATOMIC_WRITE, c.name())
                    || scope.knowledge().inGroup(NameGroup.ATOMIC_UPDATE, c.name()))
                    && summaries.threads().concurrent(here, summaries.sharedThreadsAt(x, c.pos()))) {
                return c;
            }
        }
        return null;
    }

    private static String first(ThreadSet threads) {
        return threads.isEmpty() ? "no thread" : threads.threads().get(0).description();
    }

    /**
     * The read of another own atomic field that a condition holding at the act compares, together with
     * the very value the act stores; {@code null} when there is none.
     */
    private static Event.Call comparedRead(Program program, MethodScope scope, MethodInfo m, Event.Call act,
                                           AccessPath target) {
        Value stored = act.args().get(0);
        for (Guard g : m.facts().guardChain(act)) {
            if (g.implied().stream().noneMatch(t -> t.kind() == Guard.TestKind.COMPARED && t.subject().equals(stored))) {
                continue;
            }
            for (Guard.Test t : g.implied()) {
                if (t.kind() != Guard.TestKind.COMPARED || !(t.subject() instanceof Value.CallResult cr)
                        || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call read)
                        || !scope.knowledge().inGroup(NameGroup.ATOMIC_READ, read.name())) {
                    continue;
                }
                AccessPath p = read.receiver().pathOrNull();
                String type = program.staticType(m, read.receiver()).name();
                if (p != null && p.isOwnField() && !p.equals(target) && type != null && program.is(type, TypeTrait.ATOMIC)) {
                    return read;
                }
            }
        }
        return null;
    }
}
