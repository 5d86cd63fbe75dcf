package dev.fearless.rules.races;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.TypeMatcher;
import dev.fearless.summary.AccessRecord;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Summaries;
import java.util.ArrayList;
import java.util.List;

/**
 * An unsynchronized override of a synchronized method: callers relying on the superclass's monitor get
 * none, when the override uses a field the monitor guards without it, or splits the work into several
 * synchronized calls. Overrides that only delegate to {@code super}, only throw or return a constant,
 * hold the monitor for their whole body, or work only on other objects are fine, and so are overrides
 * every call of which in the program already holds the object's monitor (a hook called from
 * synchronized code).
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "An unsynchronized override of a synchronized method.",
        peers = {"errorprone:UnsynchronizedOverridesSynchronized", "sonar:S3551", "intellij:NonSynchronizedMethodOverridesSynchronizedMethod"})
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
            if (overridden == null || trivial(m)
                    || context.summaries().entryLocks(m).contains(LockRef.monitor(AccessPath.THIS_PATH))) {
                continue; // every call of it already holds the monitor the superclass's version took
            }
            String lost = lostGuarantee(context, m);
            if (lost == null) {
                continue;
            }
            context.report(m, f.pos(), "`" + f.name() + "` overrides synchronized `" + overridden.display()
                    + "` without synchronizing: " + lost + "; code that relies on the superclass holding `this` "
                    + "while it runs loses that guarantee; declare it synchronized")
                    .related(overridden, overridden.facts().pos(), "the overridden method is synchronized").add();
        }
    }

    /**
     * What the override does that the monitor was there for, or {@code null} when it does nothing of the
     * kind: it touches, without {@code this}, a field of the object that other code accesses under
     * {@code this}; or it calls two or more synchronized methods of the object, each taking the monitor
     * on its own, so another thread can run in between. An override that only works on other objects
     * (a remote store, a delegate) or calls one synchronized method keeps every guarantee the monitor gave.
     */
    private static String lostGuarantee(RuleContext context, MethodInfo m) {
        Program program = context.program();
        Summaries summaries = context.summaries();
        LockRef monitor = LockRef.monitor(AccessPath.THIS_PATH);
        for (AccessRecord r : summaries.accesses(m)) {
            if (r.path().root() != AccessPath.Root.THIS || r.held().contains(monitor)) {
                continue;
            }
            FieldInfo field = program.field(m, r.path());
            if (field != null && !field.facts().isFinal() && guardedByMonitor(summaries, field, monitor, m)) {
                return "it uses `" + field.name() + "`, which other methods use only holding `this`, without it";
            }
        }
        List<String> calls = new ArrayList<>();
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Call call && !call.held().contains(monitor) && call.receiver().isSelf()
                    && program.callGraph().targets(m, i).stream().anyMatch(x -> x.facts().isSynchronized())) {
                calls.add("`" + call.name() + "`");
            }
        }
        return calls.size() < 2 ? null : "it calls " + String.join(" and ", calls.subList(0, 2))
                + ", each taking the monitor on its own, so another thread can run in between";
    }

    /**
     * Whether the monitor guards the field: code other than {@code override} uses it, and only holding the
     * monitor (its construction aside). A field other methods also use without it is guarded by no monitor,
     * and the override loses nothing by not taking it (the race rules judge those uses).
     */
    private static boolean guardedByMonitor(Summaries summaries, FieldInfo field, LockRef monitor, MethodInfo override) {
        boolean guarded = false;
        for (FieldUse u : summaries.uses(field)) {
            if (u.originMethod() == override || summaries.construction().only(u.originMethod())) {
                continue;
            }
            if (!u.held().contains(monitor)) {
                return false;
            }
            guarded = true;
        }
        return guarded;
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
