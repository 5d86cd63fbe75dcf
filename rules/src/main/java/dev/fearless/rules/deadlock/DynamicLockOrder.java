package dev.fearless.rules.deadlock;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Value;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Acquisition;
import dev.fearless.summary.Frames;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Nested locking on two arguments in argument order ({@code transfer(a, b)} locks a, then b): the order
 * is chosen by the callers, and two callers passing the same objects in opposite orders deadlock.
 * Locking in an order decided by a comparison (identity hash, ids) is how to fix it.
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.WARNING,
        summary = "Nested locks on two parameters in argument order (transfer(a, b)): callers can invert it.",
        peers = {})
public final class DynamicLockOrder implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return EnumSet.allOf(EventKind.class);
    }

    @Override
    public void matchEvent(MethodScope scope, int i, Event e) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        if (e.guard() >= 0) {
            return; // the nesting depends on a condition: typically an ordering decision
        }
        List<LockRef> outer = new ArrayList<>();
        for (LockRef h : e.held().locks()) {
            if (onParameter(h)) {
                outer.add(h);
            }
        }
        if (outer.isEmpty()) {
            return;
        }
        for (LockRef inner : taken(program, scope.context(), m, i, e)) {
            if (!onParameter(inner) || e.held().contains(inner)) {
                continue; // not a parameter's lock, or already held (re-entrant)
            }
            for (LockRef h : outer) {
                if (!h.path().rootName().equals(inner.path().rootName()) && h.kind() == inner.kind()
                        && h.path().fields().equals(inner.path().fields()) && sameType(program, m, h, inner)) {
                    scope.report(e.pos(), "`" + Describe.lock(inner) + "` is locked while holding `"
                            + Describe.lock(h) + "`, in the order the arguments were passed: a caller passing "
                            + "them the other way round at the same time deadlocks with this one; lock them in "
                            + "an order that does not depend on the call (by identity hash or id)").add();
                    return;
                }
            }
        }
    }

    private static List<LockRef> taken(Program program, RuleContext context, MethodInfo m, int index, Event e) {
        List<LockRef> result = new ArrayList<>();
        if (e instanceof Event.Acquire a && a.how().blocks()) {
            result.add(a.lock());
        } else if (e instanceof Event.Call) {
            for (MethodInfo t : program.callGraph().preciseTargets(m, index)) {
                for (Acquisition a : context.summaries().acquisitions(t)) {
                    LockRef mapped = a.lock() == null ? null : Frames.intoCaller(a.lock(), m, index, t, program);
                    if (mapped != null && a.how().blocks()) {
                        result.add(mapped);
                    }
                }
            }
        }
        return result;
    }

    private static boolean onParameter(LockRef l) {
        return l.path() != null && l.path().root() == AccessPath.Root.PARAM;
    }

    private static boolean sameType(Program program, MethodInfo m, LockRef a, LockRef b) {
        String ta = program.staticType(m, new Value.PathValue(AccessPath.root(AccessPath.Root.PARAM, a.path().rootName()))).name();
        String tb = program.staticType(m, new Value.PathValue(AccessPath.root(AccessPath.Root.PARAM, b.path().rootName()))).name();
        return ta != null && tb != null && (program.isSubtype(ta, tb) || program.isSubtype(tb, ta));
    }
}
