package dev.fearless.rules.misuse;

import dev.fearless.knowledge.NameGroup;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.List;
import java.util.Set;

/**
 * {@code wait()} or {@code Condition.await()} not in a loop that re-checks the condition: a spurious
 * wakeup, or a notification meant for another condition, lets the thread go on while its condition is
 * false.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "wait()/await() not in a loop re-checking its condition.",
        peers = {"spotbugs:WA_NOT_IN_LOOP", "errorprone:WaitNotInLoop", "sonar:S2274", "intellij:WaitNotInLoop", "intellij:AwaitNotInLoop"})
public final class WaitNotInLoop implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        Program program = scope.program();
        if (!(event instanceof Event.Call call) || !program.traits(scope.method(), call).contains(MethodTrait.WAIT)
                || program.traits(scope.method(), call).contains(MethodTrait.ARGUMENT_MONITOR)) {
            return;
        }
        // An untimed wait under a test of the object's state waits for that condition: only a loop around
        // it in its own method re-checks the condition; a caller's loop around the method does not. A timed
        // wait is a bounded pause whose callers look again (lucene's "don't loop here, the caller re-stalls").
        int callerDepth = call.args().isEmpty() && waitsOnState(scope.method(), call) ? 0 : 2;
        if (inLoop(program, scope.method(), call, callerDepth) || waitWrapper(program, scope.method(), index)) {
            return;
        }
        // A timed wait whose method tests the condition again after it, as it would after a timeout: a
        // spurious wakeup only ends the wait early, and the code then answers as on a timeout.
        boolean rechecked = !call.args().isEmpty() && recheckedAfter(scope.method(), index);
        var finding = scope.report(call.pos(), "`" + Describe.value(scope.method(), call.receiver()) + "."
                + call.name() + "()` is not in a loop: after a spurious wakeup, or a notification for another "
                + "condition, the thread goes on with its condition false; wait in a while loop that re-checks it"
                + (rechecked ? "; the method tests the condition again after the wait and answers as on a timeout, "
                        + "so such a wakeup only ends the wait before its time" : ""));
        if (rechecked) {
            finding.note();
        }
        finding.add();
    }

    /**
     * Whether code after the wait at {@code index} runs under a test of the object's state that the wait
     * itself runs under ({@code if (sub == null) loaded.await(t, ms); if (sub == null) return empty();}).
     */
    private static boolean recheckedAfter(MethodInfo m, int index) {
        List<Event> events = m.facts().events();
        List<dev.fearless.facts.Guard> before = m.facts().guardChain(events.get(index));
        java.util.Set<dev.fearless.facts.Guard.Test> tests = new java.util.HashSet<>();
        for (dev.fearless.facts.Guard g : before) {
            for (dev.fearless.facts.Guard.Test t : g.implied()) {
                var p = t.subject().pathOrNull();
                if (p != null && p.isField()) {
                    tests.add(t);
                }
            }
        }
        for (int i = index + 1; i < events.size() && !tests.isEmpty(); i++) {
            for (dev.fearless.facts.Guard g : m.facts().guardChain(events.get(i))) {
                if (!before.contains(g) && g.implied().stream().anyMatch(tests::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A method that is itself a wait primitive ({@code await*}, {@code wait*}) forwarding to another, or
     * that returns the wait's result: its callers own the loop.
     */
    private static boolean waitWrapper(Program program, MethodInfo m, int index) {
        String name = m.declaringMethod().name();
        List<Event> events = m.facts().events();
        boolean delegated = events.get(index) instanceof Event.Call call && !(call.receiver() instanceof dev.fearless.facts.Value.Implicit)
                && !(call.receiver().pathOrNull() != null && call.receiver().pathOrNull().isThis());
        if (delegated && program.knowledge().inGroup(NameGroup.WAIT_PRIMITIVE, name) && !waitsOnState(m, events.get(index))) {
            return true;
        }
        if (program.knowledge().inGroup(NameGroup.WAIT_PRIMITIVE, name) && librarysOwn(program, m.declaringMethod())
                && !usesConditionAfter(m, index)) {
            return true; // a library's wait primitive implemented here: like wait() itself, it may return early
        }
        for (int i = index + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Return r) {
                return r.value() instanceof dev.fearless.facts.Value.CallResult cr && cr.eventIndex() == index;
            }
        }
        return false;
    }

    /**
     * Whether {@code m} implements a method only a library type declares ({@code @Override} of a conduit's
     * {@code awaitReadable()}): its contract is the library's, whose callers loop, as around {@code wait()}.
     */
    private static boolean librarysOwn(Program program, MethodInfo m) {
        if (!program.knowledge().annotated(m.facts().annotations(), dev.fearless.knowledge.AnnotationTrait.OVERRIDES)) {
            return false;
        }
        for (String s : program.supertypes(m.owner().name())) {
            dev.fearless.program.TypeInfo t = program.type(s);
            if (t != null && t != m.owner() && !program.lookup(t, m.name(), m.facts().arity()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether code after the wait at {@code index} touches state the test around the wait reads, as if
     * the condition now held ({@code if (outstanding > 0) { wait(); outstanding--; }}); bookkeeping of
     * its own ({@code finally { waiters--; }}) and returning are not.
     */
    private static boolean usesConditionAfter(MethodInfo m, int index) {
        List<Event> events = m.facts().events();
        java.util.Set<String> tested = new java.util.HashSet<>();
        for (dev.fearless.facts.Guard g : m.facts().guardChain(events.get(index))) {
            for (dev.fearless.facts.Guard.Test t : g.implied()) {
                var p = t.subject().pathOrNull();
                if (p != null && p.isField()) {
                    tested.add(p.fields().get(0));
                }
            }
        }
        for (int i = index + 1; i < events.size(); i++) {
            var p = Event.touched(events.get(i));
            if (p != null && p.isField() && tested.contains(p.fields().get(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the wait is under a test of the object's state ({@code if (!done) ready.await();}): then the
     * method is not a bare wait forwarded to its callers but a wait for a condition, which must loop.
     */
    private static boolean waitsOnState(MethodInfo m, Event wait) {
        for (dev.fearless.facts.Guard g : m.facts().guardChain(wait)) {
            for (dev.fearless.facts.Guard.Test t : g.implied()) {
                var p = t.subject().pathOrNull();
                if (p != null && p.isField() || askedOfField(m, t.subject())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the value is the answer of a call on an object a field holds ({@code freeSeats.isEmpty()}). */
    private static boolean askedOfField(MethodInfo m, dev.fearless.facts.Value v) {
        if (!(v instanceof dev.fearless.facts.Value.CallResult cr) || cr.eventIndex() < 0
                || cr.eventIndex() >= m.facts().events().size()
                || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call)) {
            return false;
        }
        var receiver = call.receiver().pathOrNull();
        return receiver != null && receiver.isField();
    }

    private static boolean inLoop(Program program, MethodInfo m, Event event, int depth) {
        if (event.loop() >= 0) {
            return true;
        }
        MethodInfo parent = m.closureParent();
        // a closure run in place (forEach) runs in its parent's loops; one handed to another thread does not
        if (parent != null && m.facts().siteEvent() >= 0 && m.facts().dispatch() == Dispatch.HERE) {
            return inLoop(program, parent, parent.facts().eventAt(m.facts().siteEvent()), depth);
        }
        if (depth == 0) {
            return false;
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            if (!inLoop(program, s.caller(), s.caller().facts().eventAt(s.event()), depth - 1)) {
                return false;
            }
        }
        return true;
    }
}
