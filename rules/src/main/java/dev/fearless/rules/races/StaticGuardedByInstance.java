package dev.fearless.rules.races;

import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.program.FieldInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.Describe;
import dev.fearless.rules.EventSite;

/**
 * A static field written while holding only an instance's lock: each instance has its own lock, so two
 * threads working on two instances write the shared static at the same time.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A static field written while holding only an instance lock.",
        peers = {"errorprone:StaticGuardedByInstance", "spotbugs:SSD_DO_NOT_USE_INSTANCE_LOCK_ON_SHARED_STATIC_DATA"})
public final class StaticGuardedByInstance implements ProgramMatcher {

    @Override
    public void matchProgram(RuleContext context) {
        EventSite.forEach(context.program(), Event.FieldAccess.class, site -> {
            if (!(site.event() instanceof Event.FieldAccess w) || !w.kind().isWrite() || !w.path().isStaticField()
                    || site.method().declaringMethod().facts().kind() == dev.fearless.facts.MethodFacts.Kind.STATIC_INITIALIZER) {
                return;
            }
            FieldInfo f = context.program().field(site.method(), w.path());
            if (f == null || f.facts().isVolatile() || f.facts().isFinal() && w.kind() != Event.AccessKind.ELEMENT_WRITE) {
                return;
            }
            LockSet held = context.summaries().heldAt(site.method(), w.held());
            if (held.isEmpty() || StaticFields.anyClassLevel(held)) {
                return;
            }
            LockRef lock = held.locks().get(0);
            context.report(site.method(), w.pos(), "static `" + f.name() + "` is written holding only `"
                    + Describe.lock(lock) + "`, a lock of one instance: threads working on different instances hold "
                    + "different locks and write it at the same time; use a class-level lock (`"
                    + f.owner().simpleName() + ".class` or a static final lock)").add();
        });
    }
}
