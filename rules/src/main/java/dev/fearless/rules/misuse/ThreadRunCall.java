package dev.fearless.rules.misuse;

import dev.fearless.facts.Event;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.program.StaticType;
import dev.fearless.rule.Family;
import dev.fearless.rule.Fix;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.Describe;
import dev.fearless.rules.EventSite;
import java.util.List;

/** {@code thread.run()} instead of {@code start()}: the body runs on the calling thread. */
@RuleMeta(family = Family.MISUSE, severity = Severity.ERROR,
        summary = "Thread.run() called instead of start(): the body runs on the caller's thread.",
        peers = {"spotbugs:RU_INVOKE_RUN", "pmd:DontCallThreadRun", "sonar:S1217"})
public final class ThreadRunCall implements ProgramMatcher {

    @Override
    public void matchProgram(RuleContext context) {
        EventSite.forEach(context.program(), Event.Call.class, site -> {
            if (!(site.event() instanceof Event.Call call) || !call.name().equals("run") || call.arity() != 0
                    || call.receiver() instanceof Value.Super || call.receiver() instanceof Value.Implicit
                    || call.receiver().pathOrNull() != null && call.receiver().pathOrNull().isThis()) {
                return;
            }
            StaticType type = context.program().staticType(site.method(), call.receiver());
            if (type.name() == null || !context.program().isSubtype(type.name(), "java.lang.Thread")) {
                return;
            }
            Position p = call.pos();
            context.report(site.method(), p, "`" + Describe.value(site.method(), call.receiver()) + ".run()` runs the "
                    + "thread's body on the calling thread, not on a new one; call start()")
                    .fix(new Fix("Call start() instead of run()", List.of(new Fix.Replacement(site.method().path(),
                            Position.of(p.line(), p.column(), p.line(), p.column() + 3), "start"))))
                    .add();
        });
    }
}
