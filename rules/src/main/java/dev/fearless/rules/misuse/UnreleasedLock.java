package dev.fearless.rules.misuse;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.Set;

/**
 * A java.util.concurrent lock whose release is not guaranteed: {@code unlock()} outside {@code finally},
 * {@code lock()} inside the try that unlocks it, statements between {@code lock()} and its try, or no
 * release at all. A borrow that is not returned on every path.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "lock() without unlock() in a finally right after it: the lock can stay held.",
        peers = {"spotbugs:UL_UNRELEASED_LOCK", "spotbugs:UL_UNRELEASED_LOCK_EXCEPTION_PATH",
                "errorprone:LockNotBeforeTry", "sonar:S2222"})
public final class UnreleasedLock implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.ACQUIRE);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        Program program = scope.program();
        if (!(event instanceof Event.Acquire a) || a.how().isMonitor() || !a.how().blocks()) {
            return;
        }
        MethodInfo m = scope.method();
        String lock = Describe.lock(a.lock());
        String message = switch (a.discipline()) {
            case NOT_IN_FINALLY -> "`" + lock + "` is released outside a finally block: if anything between "
                    + "lock() and unlock() throws, the lock stays held and every other thread blocks on it forever; "
                    + "put unlock() in a finally right after lock()";
            case INSIDE_TRY -> "`" + lock + "." + (a.how() == Event.AcquireKind.LOCK ? "lock" : "lockInterruptibly")
                    + "()` is inside the try whose finally unlocks it: if taking the lock fails, unlock() throws "
                    + "IllegalMonitorStateException and hides the cause; take the lock just before the try";
            case GAP_BEFORE_TRY -> "statements run between taking `" + lock + "` and the try that releases it: an "
                    + "exception or return there leaves the lock held; start the try right after lock()";
            case NO_RELEASE -> releasedElsewhere(program, m, a.lock()) ? null
                    : "`" + lock + "` is taken here and never released by this method or its class";
            default -> null;
        };
        if (message != null) {
            context.report(m, a.pos(), message).add();
        }
    }

    /** A lock/unlock pair split across methods on purpose: another method of the type (or a closure) releases it. */
    private static boolean releasedElsewhere(Program program, MethodInfo m, LockRef lock) {
        AccessPath p = lock.path();
        if (p == null || p.root() == AccessPath.Root.PARAM) {
            return true;
        }
        for (TypeInfo t = m.owner(); t != null; t = t.enclosing()) {
            for (MethodInfo other : t.methods()) {
                for (Event e : other.facts().events()) {
                    if (e instanceof Event.Release r && (r.lock().equals(lock)
                            || p.root() == AccessPath.Root.LOCAL && r.lock().kind() == lock.kind())) {
                        if (other != m || p.root() == AccessPath.Root.LOCAL) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
