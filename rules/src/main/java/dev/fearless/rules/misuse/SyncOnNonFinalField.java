package dev.fearless.rules.misuse;

import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.SetUp;
import dev.fearless.summary.Summaries;
import java.util.Set;

/**
 * {@code synchronized (field)} on a field that is not final and that the program assigns a new object
 * while other threads can be locking on it: a thread that read the old value and one that reads the new
 * value then hold different monitors. Assignments during construction, in set-up that runs before the
 * threads are started, in a start step of the object's life ({@code init}, {@code open}, or a method only
 * they call), and of {@code null} (letting the object go) make no second lock.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "synchronized on a non-final field that is reassigned while other threads may lock on it.",
        peers = {"spotbugs:ML_SYNC_ON_UPDATED_FIELD", "errorprone:SynchronizeOnNonFinalField", "sonar:S2445", "intellij:SynchronizeOnNonFinalField"})
public final class SyncOnNonFinalField implements EventMatcher {

    /** A write of the field that can run while other threads use it. */
    private record Reassignment(MethodInfo method, Event.FieldAccess write) {
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
        if (field == null || field.facts().isFinal()) {
            return;
        }
        Reassignment r = reassignment(scope.program(), scope.summaries(), field);
        if (r == null) {
            return;
        }
        RuleContext.FindingBuilder finding = scope.report(a.pos(), "synchronized on non-final field `" + field.name()
                + "`, which `" + r.method().display() + "` assigns a new object while other threads may be locking on "
                + "it: a thread that read the old value and one that reads the new value hold different locks and run "
                + "together; lock a final field instead")
                .related(r.method(), r.write().pos(), "`" + field.name() + "` is reassigned here")
                .related(field.owner(), field.facts().pos(), "`" + field.name() + "` is declared here without final");
        // No make-final fix: the finding is only ever a field the program reassigns.
        finding.add();
    }

    /**
     * A write of a non-null value to the field outside construction and set-up (set-up being a method that
     * goes on to start the threads, or one whose every caller does), or null. A private field can only be
     * written in its own file.
     */
    private static Reassignment reassignment(Program program, Summaries summaries, FieldInfo field) {
        for (MethodInfo m : program.methods()) {
            if (field.facts().isPrivate() && m.owner().file() != field.owner().file()) {
                continue;
            }
            var events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                // the name first: resolving every write of the program to its field is the costly part
                if (!(events.get(i) instanceof Event.FieldAccess w) || w.kind() != Event.AccessKind.WRITE
                        || !w.path().isField() || !w.path().lastField().equals(field.name())
                        || w.value() instanceof Value.Literal l && l.kind() == Value.LiteralKind.NULL
                        || program.field(m, w.path()) != field) {
                    continue;
                }
                if (m.declaringMethod().facts().isInitialization() && m.owner() == field.owner()) {
                    break; // construction
                }
                // a start step (init(), open()) gives the object its lock before its work starts: no thread
                // locks on the field yet, as in construction
                if (!SetUp.spawnsAfter(program, summaries, m, i) && !SetUp.setUpOnly(program, summaries, m)
                        && !dev.fearless.summary.Lifecycle.startUpOnly(program, m)) {
                    return new Reassignment(m, w);
                }
            }
        }
        return null;
    }
}
