package dev.fearless.rules.misuse;

import dev.fearless.facts.Event;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.rule.Family;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.Describe;
import dev.fearless.rules.EventSite;
import java.util.List;
import java.util.Set;

/**
 * Mixing the two locking worlds: {@code synchronized} on a java.util.concurrent lock, synchronizer or
 * atomic (its monitor has nothing to do with its own locking), or {@code wait}/{@code notify} on a
 * Condition (instead of await/signal).
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "synchronized on a Lock, Condition, synchronizer or atomic; wait/notify on a Condition.",
        peers = {"spotbugs:JLM_JSR166_LOCK_MONITORENTER", "spotbugs:JLM_JSR166_UTILCONCURRENT_MONITORENTER",
                "spotbugs:DM_MONITOR_WAIT_ON_CONDITION", "sonar:S2442", "sonar:S1844"})
public final class MonitorOnConcurrencyObject implements ProgramMatcher {

    private static final List<TypeTrait> CONCURRENCY_OBJECTS = List.of(TypeTrait.LOCK, TypeTrait.RWLOCK,
            TypeTrait.CONDITION, TypeTrait.SYNCHRONIZER, TypeTrait.ATOMIC);
    private static final Set<String> MONITOR_METHODS = Set.of("wait", "notify", "notifyAll");

    @Override
    public void matchProgram(RuleContext context) {
        Program program = context.program();
        EventSite.forEach(program, site -> {
            if (site.event() instanceof Event.Acquire a && a.how() == Event.AcquireKind.SYNCHRONIZED_BLOCK) {
                StaticType type = program.staticType(site.method(), a.lockExpression());
                if (CONCURRENCY_OBJECTS.stream().anyMatch(t -> program.is(type.name(), t))) {
                    context.report(site.method(), a.pos(), "synchronized on `" + Describe.value(site.method(),
                            a.lockExpression()) + "`, a " + Describe.simple(type.name()) + ": its monitor is unrelated "
                            + "to its own locking, so this block does not exclude code that uses it properly"
                            + (program.is(type.name(), TypeTrait.LOCK) ? "; use lock() and unlock()" : "")).add();
                }
            } else if (site.event() instanceof Event.Call call && MONITOR_METHODS.contains(call.name())
                    && call.arity() <= 2) {
                StaticType type = program.staticType(site.method(), call.receiver());
                if (program.is(type.name(), TypeTrait.CONDITION)) {
                    String instead = call.name().equals("wait") ? "await()" : call.name().equals("notify") ? "signal()" : "signalAll()";
                    context.report(site.method(), call.pos(), "`" + call.name() + "()` on Condition `"
                            + Describe.value(site.method(), call.receiver()) + "` uses its monitor, not the condition: "
                            + "call " + instead).add();
                }
            }
        });
    }
}
