package dev.fearless.rules.misuse;

import dev.fearless.knowledge.TypeTrait;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.facts.Event;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.program.StaticType;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.Fix;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.List;
import java.util.Set;

/** {@code thread.run()} instead of {@code start()}: the body runs on the calling thread. */
@RuleMeta(family = Family.MISUSE, severity = Severity.ERROR,
        summary = "Thread.run() called instead of start(): the body runs on the caller's thread.",
        peers = {"spotbugs:RU_INVOKE_RUN", "pmd:DontCallThreadRun", "sonar:S1217", "intellij:CallToThreadRun"})
public final class ThreadRunCall implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        if (!(event instanceof Event.Call call) || call.arity() != 0
                || call.receiver() instanceof Value.Super || call.receiver() instanceof Value.Implicit
                || call.receiver().pathOrNull() != null && call.receiver().pathOrNull().isThis()) {
            return;
        }
        StaticType type = scope.program().staticType(scope.method(), call.receiver());
        if (type.name() == null || !scope.program().is(type.name(), TypeTrait.THREAD)
                || !scope.program().methodTraits(type.name(), call.name(), 0).contains(MethodTrait.TASK_BODY)) {
            return;
        }
        if (withdrawnHook(scope, index, call.receiver())) {
            return; // a shutdown hook taken back to be run now, on this thread, on purpose
        }
        String start = scope.knowledge().counterpart(call.name(), MethodTrait.TASK_BODY, MethodTrait.STARTS_RECEIVER);
        Position p = call.pos();
        var finding = scope.report(p, "`" + Describe.value(scope.method(), call.receiver()) + ".run()` runs the "
                + "thread's body on the calling thread, not on a new one; call start()");
        if (start != null) {
            finding.fix(new Fix("Call start() instead of run()", List.of(new Fix.Replacement(scope.method().path(),
                    Position.of(p.line(), p.column(), p.line(), p.column() + call.name().length()), start))));
        }
        finding.add();
    }

    /** Whether the method, before event {@code index}, took {@code thread} back from the JVM's shutdown hooks. */
    private static boolean withdrawnHook(MethodScope scope, int index, Value thread) {
        List<Event> events = scope.method().facts().events();
        for (int i = 0; i < index; i++) {
            if (events.get(i) instanceof Event.Call c && c.args().contains(thread)
                    && scope.program().traits(scope.method(), c).contains(MethodTrait.WITHDRAWS_HOOK)) {
                return true;
            }
        }
        return false;
    }
}
