package dev.fearless.rules.atomicity;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.LocalUses;
import java.util.List;
import java.util.Set;

/**
 * {@code map.putIfAbsent(key, value)} with its result ignored, and {@code value} used afterwards: when
 * another thread won the race, the map holds its value, not this one, and the two threads go on using
 * different objects for the same key.
 */
@RuleMeta(family = Family.ATOMICITY, severity = Severity.WARNING,
        summary = "putIfAbsent's result ignored while the local value is used afterwards.",
        peers = {"spotbugs:RV_RETURN_VALUE_OF_PUTIFABSENT_IGNORED"})
public final class PutIfAbsentIgnored implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        if (!(event instanceof Event.Call call) || call.arity() != 2
                || !call.resultIgnored()) {
            return;
        }
        MethodInfo m = scope.method();
        if (!scope.program().traits(m, call).contains(MethodTrait.PUT_IF_ABSENT)) {
            return;
        }
        AccessPath value = call.args().get(1).pathOrNull();
        if (value == null || value.root() != AccessPath.Root.LOCAL && value.root() != AccessPath.Root.PARAM
                || value.isField()) {
            return;
        }
        Integer use = usedAfter(m, index, value.rootName());
        if (use == null) {
            return;
        }
        context.report(m, call.pos(), "the result of `putIfAbsent` is ignored, but `" + value.display()
                + "` is used afterwards: if another thread put its value first, the map keeps that one and this "
                + "thread goes on with a different object; use the returned value (or computeIfAbsent)")
                .related(m, m.facts().eventAt(use).pos(), "`" + value.display() + "` is used here").add();
    }

    /**
     * The first event after {@code from} that uses {@code local}, in an order the method can run them: an
     * event in the other branch of an {@code if} the call is in runs only in another round of a loop around
     * both.
     */
    private static Integer usedAfter(MethodInfo m, int from, String local) {
        List<Event> events = m.facts().events();
        for (int i = from + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (otherBranch(m, events.get(from), e)) {
                continue;
            }
            boolean uses = e instanceof Event.Call c && (LocalUses.is(c.receiver(), local)
                    || c.args().stream().anyMatch(a -> LocalUses.is(a, local)))
                    || e instanceof Event.Return r && LocalUses.is(r.value(), local)
                    || e instanceof Event.FieldAccess fa && fa.kind().isWrite() && LocalUses.is(fa.value(), local)
                    || e instanceof Event.NewObject n && n.args().stream().anyMatch(a -> LocalUses.is(a, local))
                    || e instanceof Event.LocalAssign la && LocalUses.is(la.value(), local);
            if (e instanceof Event.LocalAssign la && la.local().equals(local)) {
                return null;
            }
            if (uses) {
                return i;
            }
        }
        return null;
    }

    /**
     * Whether {@code later} is in the other branch of an {@code if} that {@code call} is in: their guards
     * come from one condition (one place) and state opposite facts of one value, and no loop holds both.
     */
    private static boolean otherBranch(MethodInfo m, Event call, Event later) {
        if (call.loop() >= 0 && inLoop(m, later, call.loop())) {
            return false;
        }
        for (Guard g : m.facts().guardChain(call)) {
            for (Guard h : m.facts().guardChain(later)) {
                if (g.pos().equals(h.pos()) && g != h && opposite(g, h)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean opposite(Guard g, Guard h) {
        for (Guard.Test a : g.implied()) {
            for (Guard.Test b : h.implied()) {
                if (a.subject().equals(b.subject()) && a.kind() != b.kind() && opposites(a.kind(), b.kind())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean opposites(Guard.TestKind a, Guard.TestKind b) {
        return a == Guard.TestKind.IS_NULL && b == Guard.TestKind.NOT_NULL || a == Guard.TestKind.NOT_NULL && b == Guard.TestKind.IS_NULL
                || a == Guard.TestKind.IS_TRUE && b == Guard.TestKind.IS_FALSE || a == Guard.TestKind.IS_FALSE && b == Guard.TestKind.IS_TRUE
                || a == Guard.TestKind.POSITIVE && b == Guard.TestKind.NOT_POSITIVE
                || a == Guard.TestKind.NOT_POSITIVE && b == Guard.TestKind.POSITIVE;
    }

    private static boolean inLoop(MethodInfo m, Event e, int loop) {
        for (int l = e.loop(); l >= 0; l = m.facts().loops().get(l).parent()) {
            if (l == loop) {
                return true;
            }
        }
        return false;
    }
}
