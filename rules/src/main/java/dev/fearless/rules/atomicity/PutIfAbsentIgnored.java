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
import dev.fearless.summary.Immutables;
import dev.fearless.summary.LocalUses;
import dev.fearless.summary.VariableUses;
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
        // A value two threads may build at once unnoticed (immutable, or all its state final): going on with
        // this thread's copy instead of the map's changes nothing unless its identity matters.
        boolean eitherServes = Immutables.builtTwiceUnnoticed(scope.program(), m, call.args().get(1));
        RuleContext.FindingBuilder finding = context.report(m, call.pos(), "the result of `putIfAbsent` is ignored, but `"
                + value.display() + "` is used afterwards: if another thread put its value first, the map keeps that "
                + "one and this thread goes on with a different object; use the returned value (or computeIfAbsent)"
                + (eitherServes ? "; the value is immutable (or all its state is final), so either copy serves unless "
                        + "its identity matters" : ""))
                .related(m, m.facts().eventAt(use).pos(), "`" + value.display() + "` is used here");
        if (eitherServes) {
            finding.note();
        }
        finding.add();
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
            if (otherBranch(m, from, i)) {
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
     * Whether event {@code later} is in the other branch of an {@code if} that event {@code call} is in: their
     * guards come from one condition (one place) and state contradicting facts of one value, and no loop
     * holds both.
     */
    private static boolean otherBranch(MethodInfo m, int call, int later) {
        int loop = m.facts().eventAt(call).loop();
        if (loop >= 0 && VariableUses.inLoop(m, later, loop)) {
            return false;
        }
        for (Guard g : m.facts().guardChain(m.facts().eventAt(call))) {
            for (Guard h : m.facts().guardChain(m.facts().eventAt(later))) {
                if (g != h && g.pos().equals(h.pos()) && contradict(g, h)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contradict(Guard g, Guard h) {
        for (Guard.Test a : g.implied()) {
            for (Guard.Test b : h.implied()) {
                if (a.subject().equals(b.subject()) && a.kind().contradicts(b.kind())) {
                    return true;
                }
            }
        }
        return false;
    }
}
