package dev.fearless.rules.misuse;

import dev.fearless.facts.Event;
import dev.fearless.rule.Family;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.Describe;
import dev.fearless.rules.EventSite;

/** An empty {@code synchronized} block: it borrows the lock and guards nothing. */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "An empty synchronized block: it guards no state.",
        peers = {"spotbugs:ESync_EMPTY_SYNC"})
public final class EmptySynchronized implements ProgramMatcher {

    @Override
    public void matchProgram(RuleContext context) {
        EventSite.forEach(context.program(), Event.Acquire.class, site -> {
            if (site.event() instanceof Event.Acquire a && a.how() == Event.AcquireKind.SYNCHRONIZED_BLOCK && a.emptyBody()) {
                context.report(site.method(), a.pos(), "empty synchronized block on `" + Describe.lock(a.lock())
                        + "`: it takes the lock and releases it at once, guarding no state").add();
            }
        });
    }
}
