package dev.fearless.rules.races;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Value;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;
import java.util.List;

/**
 * An unsynchronized override of a synchronized method: callers relying on the superclass's monitor get
 * none. Overrides that only delegate to {@code super}, only throw or return a constant, or hold the
 * monitor for their whole body are fine.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "An unsynchronized override of a synchronized method.",
        peers = {"errorprone:UnsynchronizedOverridesSynchronized", "sonar:S3551"})
public final class UnsynchronizedOverride implements TypeMatcher {

    @Override
    public void matchType(RuleContext context, TypeInfo t) {
        Program program = context.program();
        for (MethodInfo m : t.methods()) {
            MethodFacts f = m.facts();
            if (f.kind() != MethodFacts.Kind.METHOD || f.isStatic() || f.isSynchronized() || f.isAbstract()
                    || f.isPrivate()) {
                continue;
            }
            MethodInfo overridden = synchronizedOverridden(program, t, f);
            if (overridden == null || trivial(m)) {
                continue;
            }
            context.report(m, f.pos(), "`" + f.name() + "` overrides synchronized `" + overridden.display()
                    + "` without synchronizing: code that relies on the superclass holding `this` while it runs "
                    + "loses that guarantee; declare it synchronized")
                    .related(overridden, overridden.facts().pos(), "the overridden method is synchronized").add();
        }
    }

    private static MethodInfo synchronizedOverridden(Program program, TypeInfo t, MethodFacts f) {
        TypeInfo sup = program.type(t.superclass());
        while (sup != null) {
            for (MethodInfo candidate : sup.methodsNamed(f.name())) {
                if (candidate.facts().kind() == MethodFacts.Kind.METHOD && candidate.facts().arity() == f.arity()
                        && sameParameters(candidate.facts(), f)) {
                    return candidate.facts().isSynchronized() ? candidate : null;
                }
            }
            sup = program.type(sup.superclass());
        }
        return null;
    }

    private static boolean sameParameters(MethodFacts a, MethodFacts b) {
        for (int i = 0; i < a.arity(); i++) {
            if (!a.params().get(i).type().simpleName().equals(b.params().get(i).type().simpleName())) {
                return false;
            }
        }
        return true;
    }

    /** Only calls super, only throws, only returns a constant, or runs entirely under {@code synchronized (this)}. */
    private static boolean trivial(MethodInfo m) {
        List<Event> events = m.facts().events();
        LockRef monitor = LockRef.monitor(AccessPath.THIS_PATH);
        boolean locked = events.stream().allMatch(e -> e.held().contains(monitor)
                || e instanceof Event.Acquire a && a.lock().equals(monitor));
        boolean delegates = events.stream().anyMatch(e -> e instanceof Event.Call)
                && events.stream().allMatch(e -> e instanceof Event.Call c && c.receiver() instanceof Value.Super
                        && c.name().equals(m.name())
                        || e instanceof Event.Return r && (r.value() instanceof Value.CallResult || r.value() instanceof Value.Absent));
        boolean throwsOnly = events.stream().anyMatch(e -> e instanceof Event.Throw)
                && events.stream().allMatch(e -> e instanceof Event.Throw || e instanceof Event.NewObject);
        boolean constant = events.stream().allMatch(e -> e instanceof Event.Return r
                && (r.value() instanceof Value.Literal || r.value() instanceof Value.Absent));
        return locked || delegates || throwsOnly || constant;
    }
}
