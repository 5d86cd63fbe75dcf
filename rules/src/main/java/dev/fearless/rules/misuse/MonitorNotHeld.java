package dev.fearless.rules.misuse;

import dev.fearless.knowledge.MethodTrait;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Monitors;
import java.util.Set;

/**
 * {@code wait}/{@code notify} without the object's monitor, or a Condition's await/signal without its
 * Lock: the call throws IllegalMonitorStateException. Locks taken by callers count (entry locks, and
 * helpers whose every caller holds the lock).
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.ERROR,
        summary = "wait/notify without holding the object's monitor, or await/signal without the Condition's lock.",
        peers = {"spotbugs:MWN_MISMATCHED_WAIT", "spotbugs:MWN_MISMATCHED_NOTIFY", "sonar:S2273", "intellij:WaitNotInSynchronizedContext", "intellij:NotifyNotInSynchronizedContext"})
public final class MonitorNotHeld implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        Program program = scope.program();
        if (!(event instanceof Event.Call call)) {
            return;
        }
        if (!monitorOpName(program, call.name())) {
            return; // most calls: no known wait or notify method, on any type, has this name
        }
        MethodInfo m = scope.method();
        if (!program.callGraph().targets(m, index).isEmpty()) {
            return; // a method of the program of that name (a `wait(Object, Duration)` helper), not Object's
        }
        LockRef needed = null;
        String what = null;
        Set<MethodTrait> onObject = program.knowledge().objectMethodTraits(call.name(), call.arity());
        boolean monitorMethod = MethodTrait.monitorOp(onObject);
        if (monitorMethod && call.arity() <= 2 && (onObject.contains(MethodTrait.WAIT) || call.arity() == 0)) {
            needed = Monitors.monitorOf(m, call.receiver());
            what = "the monitor of `" + Describe.value(m, call.receiver()) + "`";
        } else if (!monitorMethod) {
            StaticType type = program.staticType(m, call.receiver());
            if (program.is(type.name(), TypeTrait.CONDITION)
                    && MethodTrait.monitorOp(program.methodTraits(type.name(), call.name(), call.arity()))) {
                needed = Monitors.lockOfCondition(program, m, call.receiver());
                what = needed == null ? null : "`" + Describe.lock(needed) + "`, the lock of condition `"
                        + Describe.value(m, call.receiver()) + "`";
            }
        }
        if (needed == null || Monitors.held(program, scope.summaries(), m, call.held(), needed)) {
            return;
        }
        context.report(m, call.pos(), "`" + Describe.value(m, call.receiver()) + "." + call.name() + "()` is called "
                + "without holding " + what + ": it throws IllegalMonitorStateException").add();
    }

    /** Whether some known method of this name, of any type, waits or notifies. */
    private static boolean monitorOpName(Program program, String name) {
        var knowledge = program.knowledge();
        return knowledge.methodNamesWith(MethodTrait.WAIT).contains(name)
                || knowledge.methodNamesWith(MethodTrait.NOTIFY).contains(name)
                || knowledge.methodNamesWith(MethodTrait.NOTIFY_ALL).contains(name);
    }
}
