package dev.fearless.rules.deadlock;

import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockSet;
import dev.fearless.program.MethodInfo;
import dev.fearless.summary.Describe;
import dev.fearless.rule.Family;
import dev.fearless.facts.Location;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Effect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Calling code the program does not know while holding a lock: a callback handed in through the public
 * API, a plugin created reflectively, a method no class of the program implements (an interface or
 * abstract hook implemented outside), directly or through the program's own methods. Whatever that code
 * does (block, call back, take other locks) happens with the lock still held: stalls and lock-order
 * deadlocks nobody can see from here. Calls whose every possible target is known are not reported
 * (what known code blocks on, or locks, other rules follow). A note by default: the harm depends on
 * code the program does not contain, so it is a hazard of the design, not a defect the program shows
 * (of 52 such findings judged on the bench libraries, one was a real defect); a project that treats
 * its callbacks as untrusted raises it to a warning in its configuration.
 */
@RuleMeta(family = Family.DEADLOCK, severity = Severity.NOTE,
        summary = "Calling a listener, callback or abstract hook while holding a lock.",
        peers = {"infer:ARBITRARY_CODE_EXECUTION_UNDER_LOCK"})
public final class AlienCallUnderLock implements MethodMatcher {

    @Override
    public void matchMethod(MethodScope scope) {
        MethodInfo m = scope.method();
        List<Event> events = m.facts().events();
        Set<Location> reported = new HashSet<>(); // one finding per method and unknown call
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Call call) || call.held().isEmpty()) {
                continue;
            }
            for (Effect alien : scope.summaries().effects().unknownAt(m, i)) {
                if (alien.path().next() != null && ownClosureRunHere(m, alien.path().next().method())) {
                    continue; // a lambda of this method run during the call: reported in the lambda, at the call
                }
                Location origin = alien.origin();
                if (reported.add(new Location(origin.path(), origin.pos(), ""))) {
                    report(scope, call, call.held(), alien);
                }
                break;
            }
        }
    }

    /** Whether {@code callee} is a lambda written in {@code m} that runs during the call it is handed to. */
    private static boolean ownClosureRunHere(MethodInfo m, MethodInfo callee) {
        return callee.facts().isClosure() && callee.facts().dispatch() == Dispatch.HERE
                && callee.closureParent() == m;
    }

    private static void report(MethodScope scope, Event.Call call, LockSet held, Effect alien) {
        String locks = Describe.locks(held);
        boolean direct = alien.path().next() == null;
        String start = direct ? "calls code the program does not know while holding " + locks + ": " + alien.what()
                : "`" + call.name() + "()` leads to code the program does not know while holding " + locks + ": "
                        + alien.what() + " (" + Describe.fileAndLine(alien.origin())
                        + (alien.path().through().isEmpty() ? "" : ", through " + alien.path().through()) + ")";
        String message = start + "; whatever it does (block, call back into this object, take other locks) happens "
                + "with " + locks + " held, stalling or deadlocking other threads; call it after releasing the lock";
        MethodInfo m = scope.method();
        RuleContext.FindingBuilder finding = scope.report(call.pos(), message);
        if (!direct) {
            List<Location> chain = alien.chain().subList(1, alien.chain().size());
            for (Location step : chain) {
                finding.related(step);
            }
            List<Location> flow = new ArrayList<>();
            flow.add(new Location(m.path(), call.pos(), "calls " + alien.path().next().method().display()
                    + " holding " + locks));
            flow.addAll(chain);
            finding.flow(flow);
        }
        if (alien.hook()) {
            finding.note(); // a template method: the lock usually makes the hook atomic with the rest, by design,
                            // a note even where the project raises the rule to a warning
        }
        finding.add();
    }

}
