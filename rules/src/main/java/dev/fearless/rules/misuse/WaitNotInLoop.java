package dev.fearless.rules.misuse;

import dev.fearless.facts.Event;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.Family;
import dev.fearless.rule.ProgramMatcher;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.rule.Describe;
import dev.fearless.rules.EventSite;
import java.util.List;

/**
 * {@code wait()} or {@code Condition.await()} not in a loop that re-checks the condition: a spurious
 * wakeup, or a notification meant for another condition, lets the thread go on while its condition is
 * false.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "wait()/await() not in a loop re-checking its condition.",
        peers = {"spotbugs:WA_NOT_IN_LOOP", "errorprone:WaitNotInLoop", "sonar:S2274"})
public final class WaitNotInLoop implements ProgramMatcher {

    @Override
    public void matchProgram(RuleContext context) {
        Program program = context.program();
        EventSite.forEach(program, Event.Call.class, site -> {
            if (!(site.event() instanceof Event.Call call) || !program.traits(site.method(), call).contains(MethodTrait.WAIT)
                    || call.name().equals("timedWait")) {
                return;
            }
            if (inLoop(program, site.method(), call, 2) || waitWrapper(site.method(), site.index())) {
                return;
            }
            context.report(site.method(), call.pos(), "`" + Describe.value(site.method(), call.receiver()) + "."
                    + call.name() + "()` is not in a loop: after a spurious wakeup, or a notification for another "
                    + "condition, the thread goes on with its condition false; wait in a while loop that re-checks it")
                    .add();
        });
    }

    /**
     * A method that is itself a wait primitive ({@code await*}, {@code wait*}) forwarding to another, or
     * that returns the wait's result: its callers own the loop.
     */
    private static boolean waitWrapper(MethodInfo m, int index) {
        String name = m.declaringMethod().name();
        List<Event> events = m.facts().events();
        boolean delegated = events.get(index) instanceof Event.Call call && !(call.receiver() instanceof dev.fearless.facts.Value.Implicit)
                && !(call.receiver().pathOrNull() != null && call.receiver().pathOrNull().isThis());
        if (delegated && (name.startsWith("await") || name.startsWith("wait"))) {
            return true;
        }
        for (int i = index + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Return r) {
                return r.value() instanceof dev.fearless.facts.Value.CallResult cr && cr.eventIndex() == index;
            }
        }
        return false;
    }

    private static boolean inLoop(Program program, MethodInfo m, Event event, int depth) {
        if (event.loop() >= 0) {
            return true;
        }
        MethodInfo parent = m.closureParent();
        if (parent != null && m.facts().siteEvent() >= 0) {
            return inLoop(program, parent, parent.facts().events().get(m.facts().siteEvent()), depth);
        }
        if (depth == 0) {
            return false;
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            if (!inLoop(program, s.caller(), s.caller().facts().events().get(s.event()), depth - 1)) {
                return false;
            }
        }
        return true;
    }
}
