package dev.fearless.rules.misuse;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.Set;

/**
 * An empty {@code synchronized} block: it borrows the lock and guards nothing. A note when the lock is an
 * object the caller hands in: there the block is more likely a deliberate fence on that object (memory, or
 * reachability: netty's {@code reachabilityFence0}) than the class's own critical section left empty.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "An empty synchronized block: it guards no state.",
        peers = {"spotbugs:ESync_EMPTY_SYNC", "intellij:EmptySynchronizedStatement"})
public final class EmptySynchronized implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.ACQUIRE);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        if (event instanceof Event.Acquire a && a.how() == Event.AcquireKind.SYNCHRONIZED_BLOCK && a.emptyBody()) {
            boolean handedIn = handedIn(a.lockExpression());
            var finding = scope.report(a.pos(), "empty synchronized block on `" + Describe.lock(a.lock())
                    + "`: it takes the lock and releases it at once, guarding no state"
                    + (handedIn ? "; the object is one the caller hands in, not this code's own lock, so the block is "
                            + "more likely a fence on it (ordering memory with whoever else locks it, or keeping it "
                            + "reachable, as `Reference.reachabilityFence` is emulated) than a wait for this code's own "
                            + "critical sections" : ""));
            if (handedIn) {
                finding.note(); // a deliberate fence on the caller's object, not the class's lock left empty
            }
            finding.add();
        }
    }

    /** Whether the locked object is one of the method's parameters as it was handed in. */
    private static boolean handedIn(Value lockExpression) {
        AccessPath p = lockExpression == null ? null : lockExpression.pathOrNull();
        return p != null && p.root() == AccessPath.Root.PARAM && !p.isField();
    }
}
