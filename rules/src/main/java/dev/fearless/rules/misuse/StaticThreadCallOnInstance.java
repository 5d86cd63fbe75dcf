package dev.fearless.rules.misuse;

import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Describe;
import java.util.Set;

/**
 * A static method of {@code Thread} that acts on the calling thread ({@code interrupted()},
 * {@code sleep()}, {@code yield()}) called through a reference to a thread: it still acts on the caller,
 * so {@code worker.interrupted()} clears the caller's interrupt flag and tells nothing about
 * {@code worker}. Calls through the current thread ({@code Thread.currentThread().interrupted()}), the
 * class name, or a thread's own implicit {@code this} mean what they say and are not reported.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "Thread.interrupted(), sleep() or yield() called through another thread's reference: it acts on the caller.",
        peers = {"spotbugs:STI_INTERRUPTED_ON_UNKNOWNTHREAD"})
public final class StaticThreadCallOnInstance implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        if (!(event instanceof Event.Call call)) {
            return;
        }
        Value receiver = call.receiver();
        if (receiver instanceof Value.TypeName || receiver.isSelf()) {
            return;
        }
        Program program = scope.program();
        MethodInfo m = scope.method();
        StaticType type = program.staticType(m, receiver);
        if (type.name() == null || !program.is(type.name(), TypeTrait.THREAD)
                || !program.methodTraits(type.name(), call.name(), call.arity()).contains(MethodTrait.STATIC_ON_CALLER)
                || currentThread(program, m, receiver)) {
            return;
        }
        String target = Describe.value(m, receiver);
        String fix = "";
        if (program.methodTraits(type.name(), call.name(), call.arity()).contains(MethodTrait.INTERRUPT_STATUS)) {
            String own = scope.knowledge().counterpart(call.name(), MethodTrait.INTERRUPT_STATUS,
                    MethodTrait.RECEIVER_INTERRUPT_STATUS);
            fix = own == null ? "" : "; to ask whether `" + target + "` was interrupted, call `" + target + "." + own + "()`";
        }
        scope.report(call.pos(), "`" + call.name() + "` is a static method of Thread: `" + target + "." + call.name()
                + "(...)` acts on the calling thread, not on `" + target + "`" + fix).add();
    }

    /** Whether the receiver is the calling thread itself ({@code Thread.currentThread()}). */
    private static boolean currentThread(Program program, MethodInfo m, Value receiver) {
        return receiver instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call c
                && program.traits(m, c).contains(MethodTrait.CURRENT_THREAD);
    }
}
