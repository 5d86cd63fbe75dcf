package dev.fearless.rules.races;

import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.rule.Describe;
import dev.fearless.rule.Family;
import dev.fearless.rule.FieldMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Evidence;
import dev.fearless.summary.FieldUse;
import dev.fearless.summary.Guards;
import dev.fearless.summary.RaceFields;
import dev.fearless.summary.Spawns;
import dev.fearless.summary.Summaries;
import dev.fearless.summary.ThreadContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A shared field written without the lock that guards it. In a class meant to be shared (it locks its
 * own state, or is annotated thread-safe) any write from a client-callable method or a task without a
 * lock; elsewhere a write from a task run on another thread while other code uses the field. Writes
 * in constructors, to owned objects, to volatile/atomic/final fields, and in private helpers only
 * called under the lock are not races.
 */
@RuleMeta(family = Family.RACES, severity = Severity.WARNING,
        summary = "A shared field written without the lock that guards its other accesses (incl. count++).",
        peers = {"infer:THREAD_SAFETY_VIOLATION", "spotbugs:IS2_INCONSISTENT_SYNC",
                "spotbugs:AT_STALE_THREAD_WRITE_OF_PRIMITIVE", "spotbugs:AT_NONATOMIC_OPERATIONS_ON_SHARED_VARIABLE"})
public final class UnguardedWrite implements FieldMatcher {

    @Override
    public void matchField(RuleContext context, FieldInfo f, List<FieldUse> allUses) {
        Summaries summaries = context.summaries();
        if (!RaceFields.inScope(f)) {
            return;
        }
        List<FieldUse> uses = RaceFields.relevantUses(summaries, f, allUses);
        if (uses.isEmpty()) {
            return;
        }
        Evidence evidence = RaceFields.evidence(summaries, f, uses);
        Guards guards = Guards.infer(uses);
        Set<String> reported = new HashSet<>();
        for (FieldUse w : uses) {
            context.checkBudget();
            if (!w.op().isWrite() || !w.held().isEmpty() || RaceFields.forTesting(w)
                    || !w.reportable(summaries.entryMethods())) {
                continue;
            }
            String reason = reason(context, f, w, uses, guards, evidence);
            if (reason == null || !reported.add(w.method() + "@" + w.site())) {
                continue;
            }
            report(context, w, reason, guards);
        }
    }

    private static String reason(RuleContext context, FieldInfo f, FieldUse w, List<FieldUse> uses, Guards guards,
                                 Evidence evidence) {
        if (evidence.notThreadSafe()) {
            return null;
        }
        boolean staticField = f.facts().isStatic();
        if (staticField && (guards.lock() == null || !w.method().declaringMethod().facts().isStatic())) {
            return null;
        }
        if (evidence.singleton() && !evidence.usesLocks() && w.context() == ThreadContext.CLIENT) {
            return null;
        }
        if (guards.lock() != null && majority(guards)) {
            return "without `" + Describe.lock(guards.lock()) + "`, which guards " + count(sites(guards.guarded()),
                    "other access") + " to it";
        }
        if (evidence.threadSafe()) {
            return "without a lock, in @ThreadSafe class `" + f.owner().simpleName() + "`";
        }
        if (w.context() == ThreadContext.TASK && w.method().facts().dispatch() != dev.fearless.facts.Dispatch.PARALLEL) {
            for (FieldUse u : uses) {
                if (u.method() != w.method() && !Spawns.orderedBefore(context.program(), u, w)) {
                    return "without a lock, by a task that runs on another thread, while `" + u.method().display()
                            + "` also " + (u.op().isWrite() ? "writes" : "reads") + " it";
                }
            }
        }
        return null;
    }

    private static void report(RuleContext context, FieldUse w, String reason, Guards guards) {
        MethodInfo m = w.method();
        String message = Describe.access(w) + (w.op() == dev.fearless.summary.AccessOp.UPDATE ? " is updated " : w.op().throughContents()
                ? " changes `" + w.field().name() + "` " : " is written ") + reason
                + (w.direct() ? "" : " (in `" + w.originMethod().display() + "`, called from here)");
        RuleContext.FindingBuilder finding = context.report(m, w.site(), message);
        if (!w.direct()) {
            finding.related(w.originMethod(), w.origin(), "the write happens here");
        }
        int shown = 0;
        for (FieldUse g : guards.guarded()) {
            if (shown++ == 3) {
                break;
            }
            finding.related(g.method(), g.site(), Describe.access(g) + " is accessed under `"
                    + Describe.lock(guards.lock()) + "` here");
        }
        finding.add();
    }

    /** The guard holds for at least as many of the places that touch the field as not. */
    private static boolean majority(Guards guards) {
        int guarded = sites(guards.guarded());
        return guarded >= 1 && guarded >= sites(guards.unguarded());
    }

    private static int sites(List<FieldUse> uses) {
        Set<String> distinct = new HashSet<>();
        for (FieldUse u : uses) {
            distinct.add(u.originMethod() + "@" + u.origin());
        }
        return distinct.size();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "es");
    }
}
