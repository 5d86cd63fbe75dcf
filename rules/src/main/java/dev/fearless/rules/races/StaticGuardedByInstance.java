package dev.fearless.rules.races;

import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.program.FieldInfo;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.StaticFields;
import java.util.Set;

/**
 * A static field written while holding only an instance's lock: each instance has its own lock, so two
 * threads working on two instances write the shared static at the same time.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A static field written while holding only an instance lock.",
        peers = {"errorprone:StaticGuardedByInstance", "spotbugs:SSD_DO_NOT_USE_INSTANCE_LOCK_ON_SHARED_STATIC_DATA", "intellij:AccessToStaticFieldLockedOnInstance"})
public final class StaticGuardedByInstance implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.FIELD_ACCESS);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        if (!(event instanceof Event.FieldAccess w) || !w.kind().isWrite() || !w.path().isStaticField()
                || scope.method().declaringMethod().facts().kind() == dev.fearless.facts.MethodFacts.Kind.STATIC_INITIALIZER) {
            return;
        }
        FieldInfo f = scope.program().field(scope.method(), w.path());
        // A volatile static's single writes are visible and atomic; its updates (read, then write) are not.
        if (f == null || f.facts().isVolatile() && w.kind() != Event.AccessKind.UPDATE
                || f.facts().isFinal() && w.kind() != Event.AccessKind.ELEMENT_WRITE) {
            return;
        }
        LockSet held = scope.summaries().heldAt(scope.method(), w.held());
        if (held.isEmpty() || StaticFields.anyClassLevel(held)) {
            return;
        }
        LockRef lock = held.locks().get(0);
        String written = f.facts().isVolatile() ? "is volatile, but this update reads it and then writes it holding only `"
                : "is written holding only `";
        scope.report(w.pos(), "static `" + f.name() + "` " + written
                + Describe.lock(lock) + "`, a lock of one instance: threads working on different instances hold "
                + "different locks and write it at the same time; use a class-level lock (`"
                + f.owner().simpleName() + ".class` or a static final lock)").add();
    }
}
