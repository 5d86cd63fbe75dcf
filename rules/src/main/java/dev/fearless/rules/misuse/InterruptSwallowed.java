package dev.fearless.rules.misuse;

import dev.fearless.facts.CatchClause;
import dev.fearless.facts.Event;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An InterruptedException caught and dropped: the thread's interrupt status is lost, so code further up
 * cannot tell it was asked to stop. Also a broad {@code catch (Exception e)} around a call that throws
 * InterruptedException, with no earlier clause for it.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "InterruptedException caught and neither rethrown nor re-flagged with interrupt().",
        peers = {"sonar:S2142", "errorprone:InterruptedExceptionSwallowed"})
public final class InterruptSwallowed implements MethodMatcher {

    private static final int HELPER_DEPTH = 3;

    @Override
    public void matchMethod(MethodScope scope) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        List<CatchClause> catches = m.facts().catches();
        for (CatchClause c : catches) {
            boolean direct = c.catches("InterruptedException");
            boolean broad = !direct && (c.catches("Exception") || c.catches("Throwable"))
                    && !earlierClauseCatchesInterrupted(catches, c)
                    && throwsInterrupted(program, m, c, catches);
            if ((direct || broad) && !restores(program, m, c.handlerStart(), c.handlerEnd())
                    && !restoredLater(m, c) && !threadEnds(program, m, c)) {
                scope.report(c.pos(), (direct ? "InterruptedException" : "an InterruptedException (caught as "
                        + c.types().get(0).simpleName() + ")") + " is swallowed: the thread's interrupt status is "
                        + "lost, so callers cannot see it was asked to stop; call Thread.currentThread().interrupt() "
                        + "or rethrow").add();
            }
        }
    }

    /**
     * Whether the handler ends the thread, so nobody is left to see the flag: it returns from the
     * {@code run()} of a Thread subclass, or exits the JVM.
     */
    private static boolean threadEnds(Program program, MethodInfo m, CatchClause c) {
        List<Event> events = m.facts().events();
        boolean threadBody = m.facts().name().equals("run") && m.facts().params().isEmpty()
                && program.isSubtype(m.owner().name(), "java.lang.Thread");
        for (int i = c.handlerStart(); i < c.handlerEnd() && i < events.size(); i++) {
            Event e = events.get(i);
            if (threadBody && e instanceof Event.Return) {
                return true;
            }
            if (e instanceof Event.Call call && (call.name().equals("exit") || call.name().equals("halt"))
                    && call.arity() == 1 && call.receiver() instanceof dev.fearless.facts.Value.TypeName tn
                    && (tn.name().endsWith("System") || tn.name().endsWith("Runtime"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The "remember and restore" idiom: the handler notes the interruption in a local
     * ({@code interrupted = true;}) and the method calls {@code interrupt()} later (in a finally).
     */
    private static boolean restoredLater(MethodInfo m, CatchClause c) {
        List<Event> events = m.facts().events();
        boolean noted = false;
        for (int i = c.handlerStart(); i < c.handlerEnd(); i++) {
            noted |= events.get(i) instanceof Event.LocalAssign la && la.value() instanceof dev.fearless.facts.Value.Literal;
        }
        if (!noted) {
            return false;
        }
        for (int i = c.handlerEnd(); i < events.size(); i++) {
            if (events.get(i) instanceof Event.Call call && call.name().equals("interrupt") && call.arity() == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean earlierClauseCatchesInterrupted(List<CatchClause> catches, CatchClause c) {
        for (CatchClause other : catches) {
            if (other.tryId() == c.tryId() && other.order() < c.order() && other.catches("InterruptedException")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the try block calls, outside nested tries that catch it, a library method throwing InterruptedException. */
    private static boolean throwsInterrupted(Program program, MethodInfo m, CatchClause c, List<CatchClause> catches) {
        List<Event> events = m.facts().events();
        for (int i = c.tryStart(); i < c.tryEnd(); i++) {
            if (events.get(i) instanceof Event.Call call && program.traits(m, call).contains(MethodTrait.INTERRUPTIBLE)
                    && !handledByNestedTry(catches, c, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean handledByNestedTry(List<CatchClause> catches, CatchClause outer, int event) {
        for (CatchClause inner : catches) {
            if (inner.tryId() != outer.tryId() && inner.tryStart() >= outer.tryStart() && inner.tryEnd() <= outer.tryEnd()
                    && event >= inner.tryStart() && event < inner.tryEnd()
                    && (inner.catches("InterruptedException") || inner.catches("Exception") || inner.catches("Throwable"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the events in [from, to) throw, or re-flag the interrupt directly or through a program helper. */
    private static boolean restores(Program program, MethodInfo m, int from, int to) {
        return restores(program, m, from, to, HELPER_DEPTH, new HashSet<>());
    }

    private static boolean restores(Program program, MethodInfo m, int from, int to, int depth, Set<MethodInfo> seen) {
        List<Event> events = m.facts().events();
        for (int i = from; i < to && i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Throw) {
                return true;
            }
            if (e instanceof Event.Call call) {
                if (call.name().equals("interrupt") && call.arity() == 0) {
                    return true;
                }
                if (depth > 0) {
                    for (MethodInfo target : program.callGraph().targets(m, i)) {
                        if (seen.add(target) && restores(program, target, 0, target.facts().events().size(), depth - 1, seen)) {
                            return true;
                        }
                    }
                }
            }
        }
        for (CallSite s : program.callGraph().callsFrom(m)) {
            if (s.event() >= from && s.event() < to && s.target().facts().isClosure() && depth > 0 && seen.add(s.target())
                    && restores(program, s.target(), 0, s.target().facts().events().size(), depth - 1, seen)) {
                return true;
            }
        }
        return false;
    }
}
