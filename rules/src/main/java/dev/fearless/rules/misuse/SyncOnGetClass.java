package dev.fearless.rules.misuse;

import dev.fearless.knowledge.MethodTrait;
import dev.fearless.facts.Event;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.program.MethodInfo;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.Fix;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.List;
import java.util.Set;

/** {@code synchronized (getClass())} in a class that can be subclassed: subclasses lock another object. */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "synchronized (getClass()) in a non-final class: subclass instances take a different lock.",
        peers = {"spotbugs:WL_USING_GETCLASS_RATHER_THAN_CLASS_LITERAL", "sonar:S3067"})
public final class SyncOnGetClass implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.ACQUIRE);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        if (!(event instanceof Event.Acquire a) || a.how() != Event.AcquireKind.SYNCHRONIZED_BLOCK
                || !(a.lockExpression() instanceof Value.CallResult cr)) {
            return;
        }
        MethodInfo m = scope.method();
        if (!(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call) || !call.args().isEmpty()
                || !scope.knowledge().objectMethodTraits(call.name(), 0).contains(MethodTrait.RUNTIME_CLASS)
                || !(call.receiver() instanceof Value.Implicit
                || call.receiver().pathOrNull() != null && call.receiver().pathOrNull().isThis())) {
            return;
        }
        if (m.owner().facts().isFinal()) {
            return;
        }
        String type = m.owner().simpleName();
        RuleContext.FindingBuilder finding = context.report(m, a.pos(), "synchronized on getClass() in non-final class `"
                + type + "`: an instance of a subclass locks the subclass's Class object instead, so the two do not "
                + "exclude each other; lock `" + type + ".class`");
        if (call.receiver() instanceof Value.Implicit && call.pos().line() == call.pos().endLine()) {
            Position p = call.pos();
            finding.fix(new Fix("Lock the class literal " + type + ".class", List.of(new Fix.Replacement(m.path(),
                    Position.of(p.line(), p.column(), p.line(), p.column() + "getClass()".length()),
                    type + ".class"))));
        }
        finding.add();
    }
}
