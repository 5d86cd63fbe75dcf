package dev.fearless.rules.misuse;

import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.Fixes;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.Set;

/** {@code synchronized (field)} on a field that is not final: after a reassignment, threads lock different objects. */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "synchronized on a non-final field: once reassigned, threads lock different objects.",
        peers = {"spotbugs:ML_SYNC_ON_UPDATED_FIELD", "errorprone:SynchronizeOnNonFinalField", "sonar:S2445"})
public final class SyncOnNonFinalField implements EventMatcher {

    /**
     * Whether every assignment after construction stores {@code null} (a teardown that lets the object
     * go, not a second lock), and there is at least one.
     */
    private static boolean onlyClearedLater(Program program, FieldInfo field) {
        int clears = 0;
        for (MethodInfo m : program.methods()) {
            if (m.owner().file() != field.owner().file()) {
                continue;
            }
            boolean construction = m.declaringMethod().facts().isInitialization() && m.owner() == field.owner();
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess w && w.kind() == Event.AccessKind.WRITE
                        && (w.path().isOwnField() || w.path().isStaticField()) && w.path().lastField().equals(field.name())
                        && !construction) {
                    if (!(w.value() instanceof Value.Literal l && l.kind() == Value.LiteralKind.NULL)) {
                        return false;
                    }
                    clears++;
                }
            }
        }
        return clears > 0;
    }

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.ACQUIRE);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        if (!(event instanceof Event.Acquire a) || a.how() != Event.AcquireKind.SYNCHRONIZED_BLOCK
                || !(a.lockExpression() instanceof Value.PathValue pv)
                || !(pv.path().isOwnField() || pv.path().isStaticField())) {
            return;
        }
        FieldInfo field = scope.program().field(scope.method(), pv.path());
        if (field == null || field.facts().isFinal() || onlyClearedLater(scope.program(), field)) {
            return;
        }
        RuleContext.FindingBuilder finding = scope.report(a.pos(), "synchronized on non-final field `"
                + field.name() + "`: if it is reassigned, a thread that read the old value and one that reads the "
                + "new value hold different locks and run together; make `" + field.name() + "` final")
                .related(field.owner(), field.facts().pos(), "`" + field.name() + "` is declared here without final");
        Fixes.makeFinal(finding, scope.program(), field).add();
    }
}
