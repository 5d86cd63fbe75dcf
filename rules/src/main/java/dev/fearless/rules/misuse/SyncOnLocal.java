package dev.fearless.rules.misuse;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.LocalUses;
import java.util.Set;

/**
 * {@code synchronized} on an object that only this thread can see (a fresh object, or a local that
 * only ever holds fresh objects and never escapes): the lock is owned, so it excludes nobody.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "synchronized on a fresh local object no other thread can see: it excludes nothing.",
        peers = {"intellij:SynchronizationOnLocalVariableOrMethodParameter"})
public final class SyncOnLocal implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.ACQUIRE);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        if (!(event instanceof Event.Acquire a) || a.how() != Event.AcquireKind.SYNCHRONIZED_BLOCK) {
            return;
        }
        if (a.lockExpression() instanceof Value.NewValue) {
            scope.report(a.pos(), "synchronized on a new object: no other thread can ever lock "
                    + "it, so the block excludes nothing").add();
            return;
        }
        AccessPath p = a.lockExpression().pathOrNull();
        if (p == null || p.root() != AccessPath.Root.LOCAL || p.isField()) {
            return;
        }
        LocalUses uses = LocalUses.of(scope.program(), scope.method(), p.rootName());
        if (uses.onlyFresh() && uses.confined()) {
            scope.report(a.pos(), "synchronized on local `" + p.display() + "`, which holds a "
                    + "fresh object no other thread can see: the block excludes nothing; lock a field shared by "
                    + "the threads that touch the guarded state").add();
        }
    }
}
