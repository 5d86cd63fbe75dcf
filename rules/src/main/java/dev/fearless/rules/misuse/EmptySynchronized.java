package dev.fearless.rules.misuse;

import dev.fearless.facts.Event;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.Set;

/** An empty {@code synchronized} block: it borrows the lock and guards nothing. */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "An empty synchronized block: it guards no state.",
        peers = {"spotbugs:ESync_EMPTY_SYNC"})
public final class EmptySynchronized implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.ACQUIRE);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        if (event instanceof Event.Acquire a && a.how() == Event.AcquireKind.SYNCHRONIZED_BLOCK && a.emptyBody()) {
            scope.report(a.pos(), "empty synchronized block on `" + Describe.lock(a.lock())
                    + "`: it takes the lock and releases it at once, guarding no state").add();
        }
    }
}
