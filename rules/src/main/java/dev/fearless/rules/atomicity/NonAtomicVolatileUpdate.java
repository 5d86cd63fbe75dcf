package dev.fearless.rules.atomicity;

import dev.fearless.facts.Event;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.AccessOp;
import dev.fearless.summary.Conflicts;
import dev.fearless.summary.Describe;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Summaries;
import java.util.Set;

/**
 * A read-modify-write ({@code v++}, {@code v += x}, {@code v = v + 1}) of a volatile field outside any
 * lock: volatile makes each read and write visible, not the pair atomic, so concurrent updates are lost.
 * It needs a concrete other side ({@link Conflicts#updateAt}), reached by the program's entries: the
 * update made by two logical threads at once, or another write on another thread, with no common lock;
 * the message names both and their threads. Volatile with a plain update is the single-writer design, so
 * the clients of a method the program itself calls do not count as a second updater, nor do clients of
 * another class that reach it through the program's calls, unless the program locks for some update
 * ({@link dev.fearless.summary.ThreadModel#updaters}). A class documented not thread-safe is its callers' burden,
 * and so is a method documented to run only on one thread they choose ("may only be invoked by the
 * writer thread"). An update that only a plain write meets (a reset it can lose), or whose race needs
 * outside code on both sides ({@link Conflicts#outsideOnly}), is a note.
 */
@RuleMeta(family = Family.ATOMICITY, severity = Severity.WARNING,
        summary = "v++ or v += x on a volatile field outside a lock: concurrent updates are lost.",
        peers = {"spotbugs:VO_VOLATILE_INCREMENT", "errorprone:NonAtomicVolatileUpdate", "sonar:S3078", "intellij:NonAtomicOperationOnVolatileField"})
public final class NonAtomicVolatileUpdate implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.FIELD_ACCESS);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        if (!(event instanceof Event.FieldAccess a) || a.kind() != Event.AccessKind.UPDATE) {
            return;
        }
        MethodInfo m = scope.method();
        if (RaceFields.forTesting(m) || RaceFields.callerConfined(m)) {
            return; // test code, or code documented to run on the one thread its callers choose
        }
        if (m.declaringMethod().facts().isInitialization() && (a.path().isOwnField() || a.path().isStaticField()
                && m.declaringMethod().facts().isStatic())) {
            return;
        }
        FieldInfo field = scope.program().field(m, a.path());
        Summaries summaries = scope.summaries();
        if (field == null || !field.facts().isVolatile()
                || !summaries.heldAt(m, a.held()).isEmpty() || summaries.evidence(field.owner()).notThreadSafe()) {
            return;
        }
        Conflicts.Race race = Conflicts.updateAt(scope.program(), summaries, field, m, a.pos(), u -> u.op() == AccessOp.UPDATE,
                o -> o.op() == AccessOp.UPDATE);
        boolean lostWrite = false;
        if (race == Conflicts.Race.NONE) {
            // No second update meets this one: a plain write that does can still be lost (a reset
            // overwritten by the update's stale sum). That is the single-writer design's own window, not
            // the lost increments of concurrent updaters: a note.
            race = Conflicts.updateAt(scope.program(), summaries, field, m, a.pos(), u -> u.op() == AccessOp.UPDATE);
            lostWrite = race != Conflicts.Race.NONE;
        }
        if (race == Conflicts.Race.NONE) {
            return;
        }
        // No field use records it (another object's field, an atomic's call): the threads that run the
        // method must be able to run it twice at once; unknown is silent.
        String proof = race != null ? Conflicts.updateProof(scope.program(), summaries, race.use(), race.other())
                : Conflicts.selfUpdateRace(scope.program(), summaries, m, a.pos(), a.path());
        if (proof == null) {
            return;
        }
        String outside = race == null ? null : Conflicts.outsideOnly(summaries, race.use(), race.other());
        RuleContext.FindingBuilder finding = context.report(m, a.pos(), "`" + a.path().display()
                + "` is volatile, but this update reads it and then writes it in two steps: "
                + (lostWrite ? "a write another thread makes between them is lost (no second update meets this one, "
                        + "so only that write is at stake)"
                        : "two threads updating it at once lose one update")
                + "; use an Atomic* or LongAdder, or update it under a lock"
                + "; " + proof + (outside == null ? "" : outside))
                .related(field.owner(), field.facts().pos(), "`" + field.name() + "` is declared volatile here");
        if (lostWrite || outside != null) {
            finding.note();
        }
        if (race != null && race.other() != race.use()) {
            FieldUse o = race.other();
            finding.related(o.originMethod(), o.origin(), "`" + field.name() + "` is "
                    + (o.op() == AccessOp.UPDATE ? "updated here, in " : "written here, in ") + Describe.side(o)
                    + " (the other side)");
        }
        finding.add();
    }
}
