package dev.fearless.rules.deadlock;

import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Taking a ReadWriteLock's write lock while holding its read lock: the write lock waits for every reader
 * to leave, including this thread, which never will. A self-deadlock (ReentrantReadWriteLock does not
 * upgrade).
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.ERROR,
        summary = "Taking a ReadWriteLock's write lock while holding its read lock: the thread deadlocks itself.",
        peers = {})
public final class LockUpgrade implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return EnumSet.allOf(EventKind.class);
    }

    @Override
    public void matchEvent(MethodScope scope, int i, Event e) {
        MethodInfo m = scope.method();
        LockSet held = e.held();
        if (held.locks().stream().noneMatch(l -> l.kind() == LockRef.Kind.READ)) {
            return;
        }
        LockRef write = writeTaken(scope.program(), scope.context(), m, i, e, held);
        if (write != null) {
            scope.report(e.pos(), "the write lock of `" + Describe.lock(write).replace(".writeLock()", "")
                    + "` is taken while this thread holds its read lock: it waits for all readers to leave, "
                    + "this thread among them, and never proceeds; release the read lock first").add();
        }
    }

    private static LockRef writeTaken(Program program, RuleContext context, MethodInfo m, int index, Event e, LockSet held) {
        if (e instanceof Event.Acquire a && a.lock().kind() == LockRef.Kind.WRITE && upgrades(held, a.lock())) {
            return a.lock();
        }
        if (e instanceof Event.Call) {
            for (MethodInfo t : program.callGraph().preciseTargets(m, index)) {
                for (Acquisition a : context.summaries().acquisitions(t)) {
                    LockRef mapped = a.lock() == null ? null : Frames.intoCaller(a.lock(), m, index, t, program);
                    if (mapped != null && mapped.kind() == LockRef.Kind.WRITE && upgrades(held, mapped)) {
                        return mapped;
                    }
                }
            }
        }
        return null;
    }

    private static boolean upgrades(LockSet held, LockRef write) {
        return held.contains(LockRef.lock(LockRef.Kind.READ, write.path())) && !held.contains(write);
    }
}
