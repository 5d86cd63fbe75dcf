package dev.fearless.rules.atomicity;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.MethodInfo;
import dev.fearless.rule.MethodScope;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.RaceFields;
import java.util.List;

/**
 * Check-then-act on an atomic counter kept under a bound: {@code if (inFlight.get() >= max) return false;
 * inFlight.incrementAndGet();}. The read and the increment are each atomic, not the pair: two threads that
 * both read {@code max - 1} both increment, and the counter passes the bound the check was for. An update
 * whose result the method tests again ({@code if (n.incrementAndGet() > max) { n.decrementAndGet(); ... }})
 * or a compareAndSet loop keeps the bound, and is not reported; nor is that undo when a cheap read of the
 * counter comes first ({@code if (n.get() < max) { if (n.addAndGet(1) > max) n.decrementAndGet(); }}).
 */
final class BoundedStep {

    private BoundedStep() {
    }

    /** Reports the step at {@code index} when a bound on the same atomic, read before it, decides that it runs. */
    static void report(MethodScope scope, int index, Event.Call step, String kind) {
        MethodInfo m = scope.method();
        AccessPath target = step.receiver().pathOrNull();
        if (!scope.knowledge().inGroup(NameGroup.ATOMIC_STEP, step.name()) || !step.resultIgnored() || target == null
                || !target.isField() || RaceFields.forTesting(m) || RaceFields.callerConfined(m)
                || !scope.summaries().heldAt(m, step.held()).isEmpty()) {
            return;
        }
        List<Event> events = m.facts().events();
        Integer read = null;
        for (Guard g : m.facts().guardChain(step)) {
            for (Guard.Test t : g.implied()) {
                boolean bound = t.kind() == Guard.TestKind.COMPARED || t.kind() == Guard.TestKind.POSITIVE
                        || t.kind() == Guard.TestKind.NOT_POSITIVE;
                if (bound && t.subject() instanceof Value.CallResult cr && cr.eventIndex() < index
                        && events.get(cr.eventIndex()) instanceof Event.Call c && target.equals(c.receiver().pathOrNull())) {
                    if (scope.knowledge().inGroup(NameGroup.ATOMIC_STEP, c.name())) {
                        return; // the undo of a step whose result was tested: `if (n.addAndGet(1) > max) n.decrementAndGet();`
                    }
                    if (scope.knowledge().inGroup(NameGroup.ATOMIC_READ, c.name())) {
                        read = cr.eventIndex();
                    }
                }
            }
        }
        if (read == null) {
            return;
        }
        String proof = Conflicts.selfRace(scope.program(), scope.summaries(), m, step.pos(), target);
        if (proof == null) {
            return;
        }
        Event.Call check = m.facts().callAt(read);
        scope.report(step.pos(), "check-then-act on " + kind + " `" + target.display() + "`: the bound tested on `"
                        + check.name() + "()` at line " + check.pos().line() + " and this `" + step.name() + "` are each "
                        + "atomic, but not together: two threads can both pass the test before either steps, and the "
                        + "value passes the bound; step first and test the result (undo it when over), or use a "
                        + "compareAndSet loop; " + proof)
                .related(m, check.pos(), "the bound is tested here")
                .add();
    }
}
