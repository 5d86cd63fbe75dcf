package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/**
 * Code that runs only while the program, or one of its services, starts or stops its work: a start-up
 * step (a lifecycle initializer such as {@code doStart} or {@code afterPropertiesSet}, a method the
 * knowledge base names set-up, {@code init*}), a stop step (a method it names tear-down: {@code stop},
 * {@code shutdown*}, {@code destroy}), or a method that only such steps call; not an initialization called
 * on first use (under a check that something is not there yet: a lazy one, which any thread may run at any
 * time).
 * What such code makes other threads wait for, they wait for only then. (A set-up step of one object, run before the object's own
 * threads start, is not one: it runs each time such an object is made.)
 */
public final class Lifecycle {

    /** How many callers up a method is followed to the step it runs in. */
    private static final int CALLER_DEPTH = 3;

    /** How many calls deep a step is searched for the write of the field its caller's check tests. */
    private static final int MAKES_DEPTH = 2;

    private Lifecycle() {
    }

    /**
     * The start or stop step {@code m} runs in: {@code m} itself, or the step every call of it is made
     * from (the first one found); {@code null} when it may run at any time.
     */
    public static MethodInfo stepOf(Program program, MethodInfo m) {
        return stepOf(program, m.declaringMethod(), CALLER_DEPTH);
    }

    /**
     * The start or stop step a field use is made in: the one the method that makes the access runs in, or
     * else the one its entry runs in (a helper that other code calls too, reached here from {@code start()}).
     */
    public static MethodInfo stepOf(Program program, FieldUse u) {
        MethodInfo step = stepOf(program, u.originMethod());
        return step != null || u.method() == u.originMethod() ? step : stepOf(program, u.method());
    }

    /** Whether {@code m} runs only as the program or a service starts: in a start step, not a stop step. */
    public static boolean startUpOnly(Program program, MethodInfo m) {
        MethodInfo step = stepOf(program, m);
        return step != null && !program.knowledge().inGroup(NameGroup.TEARDOWN, step.name());
    }

    private static MethodInfo stepOf(Program program, MethodInfo m, int depth) {
        if (step(program, m)) {
            return m;
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (depth == 0 || callers.isEmpty() || m.facts().isClosure()) {
            return null;
        }
        MethodInfo found = null;
        for (CallSite s : callers) {
            MethodInfo caller = s.caller().declaringMethod();
            if (caller == m) {
                continue; // a recursive call runs in whatever step the outer call does
            }
            if (s.caller().facts().isClosure() || s.caller().facts().eventAt(s.event()) instanceof Event.Call c
                    && c.style() == Event.CallStyle.METHOD_REFERENCE) {
                return null; // `this::clean` or a lambda handed to a scheduler runs whenever it is called, not during the step
            }
            MethodInfo step = stepOf(program, caller, depth - 1);
            if (step == null) {
                return null;
            }
            found = found == null ? step : found;
        }
        return found;
    }

    private static boolean step(Program program, MethodInfo m) {
        if (m.facts().isClosure() || m.facts().isInitialization()) {
            return false;
        }
        var knowledge = program.knowledge();
        return (Entries.lifecycleInitializer(m) || knowledge.inGroup(NameGroup.SETUP, m.name()))
                && !calledOnFirstUse(program, m) || knowledge.inGroup(NameGroup.TEARDOWN, m.name());
    }

    /**
     * Whether some call of {@code m} is made only where a check found something not yet there
     * ({@code if (conf == null) initialize(...)}, {@code if (!started) start()}): an initialization on first
     * use, which any thread may run at any time, not a step of starting or stopping.
     */
    private static boolean calledOnFirstUse(Program program, MethodInfo m) {
        for (CallSite s : program.callGraph().callersOf(m)) {
            Event at = s.caller().facts().eventAt(s.event());
            if (at == null) {
                continue;
            }
            for (Guard g : s.caller().facts().guardChain(at)) {
                for (Guard.Test t : g.implied()) {
                    if ((t.kind() == Guard.TestKind.IS_NULL || t.kind() == Guard.TestKind.IS_FALSE)
                            && mayMake(program, s.caller(), m, t.subject(), MAKES_DEPTH)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code m} may make what the check in {@code caller} tested: a field ({@code if (!started)},
     * {@code if (conf == null)}) when {@code m}, or a method it calls, writes a field of that name; a local
     * as what it was set to; the answer of a call of the program when the method answering reads a field of
     * a name {@code m} writes ({@code if (!isStarted()) start()}), of a library call when it asks about a
     * field {@code m} writes; anything else (a parameter, a local set more than once) is taken to be. A check
     * of what the method leaves alone ({@code if (!writeToTxnLog) ...; zk.startup();}, a local read from the
     * configuration, {@code if (rmiProxy) return ...;}) does not make it an initialization on first use.
     */
    private static boolean mayMake(Program program, MethodInfo caller, MethodInfo m, Value subject, int depth) {
        if (subject instanceof Value.CallResult answer) {
            return answerMade(program, caller, answer.eventIndex(), m, depth);
        }
        AccessPath p = subject.pathOrNull();
        if (p == null) {
            return true;
        }
        if (p.isField()) {
            return writes(program, m, p.lastField(), depth);
        }
        if (p.root() != AccessPath.Root.LOCAL) {
            return true;
        }
        Value set = caller.facts().onlyAssignment(p.rootName());
        if (set == null) {
            return true; // set more than once, or captured
        }
        AccessPath from = set.pathOrNull();
        if (set instanceof Value.CallResult || from != null && from.isField()) {
            return mayMake(program, caller, m, set, depth);
        }
        return from != null; // a copy of another variable may be anything; a new object or a constant is not made by m
    }

    /** Whether the call at {@code index} of {@code caller} answers about something {@code m} may make. */
    private static boolean answerMade(Program program, MethodInfo caller, int index, MethodInfo m, int depth) {
        if (!(caller.facts().eventAt(index) instanceof Event.Call call)) {
            return true;
        }
        List<MethodInfo> targets = program.callGraph().targets(caller, index);
        if (targets.isEmpty()) {
            AccessPath receiver = call.receiver().pathOrNull();
            return receiver != null && receiver.isField() && writes(program, m, receiver.lastField(), depth);
        }
        for (MethodInfo t : targets) {
            for (Event e : t.facts().events()) {
                if (e instanceof Event.FieldAccess a && !a.kind().isWrite() && a.path().isField()
                        && writes(program, m, a.path().lastField(), depth)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean writes(Program program, MethodInfo m, String field, int depth) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess a && a.kind().isWrite() && field.equals(a.path().lastField())) {
                return true;
            }
            if (depth > 0 && e instanceof Event.Call) {
                for (MethodInfo t : program.callGraph().targets(m, i)) {
                    if (t != m && writes(program, t, field, depth - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
