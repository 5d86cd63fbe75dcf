package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.CatchClause;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Loop;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What becomes of an interrupt that a catch clause catches: whether anyone who could act on it still
 * learns of it, or the thread it was meant for ends anyway. Swallowing matters on a thread the code does
 * not own (its caller's, a pool's worker) that goes on running; it does not when the handler re-flags
 * or rethrows it (now, through a helper, or later in the method), passes the exception on, ends the
 * task or thread the code owns, exits the process, or lets the loop of a thread the code owns go round
 * to re-check its own way of stopping.
 */
public final class CaughtInterrupts {

    /** The fate of a caught interrupt. */
    public enum Fate {
        /** Re-flagged with {@code interrupt()} or rethrown (wrapped or not), now or later. */
        RESTORED,
        /** The exception is handed on: stored, returned, given to a listener or a future. */
        PASSED_ON,
        /** The body of a thread or task ends right after: nobody is left to read the flag. */
        THREAD_ENDS,
        /** The process exits right after. */
        PROCESS_EXITS,
        /** The loop of a thread the program owns goes round, and has its own way to stop. */
        OWNER_LOOP,
        /** The method answers "stop" to callers that each leave their loop on that answer. */
        STOP_ANSWERED,
        /** Lost on a thread that goes on running. */
        SWALLOWED
    }

    /** How a catch clause comes to hold an InterruptedException. */
    public enum Catch {
        /** It names InterruptedException. */
        DIRECT,
        /** It catches a supertype ({@code Exception}, {@code Throwable}) around an interruptible call that no earlier clause handles. */
        BROAD
    }

    static final String INTERRUPTED = "InterruptedException";
    private static final List<String> SUPERTYPES = List.of("Exception", "Throwable");
    private static final int HELPER_DEPTH = 3;
    /** How many calls deep a try block's callees are searched for what may throw InterruptedException. */
    private static final int THROW_DEPTH = 3;
    private static final int EXIT_DEPTH = 3;

    private CaughtInterrupts() {
    }

    /** The fate of an interrupt caught by {@code c} in {@code m}. */
    public static Fate fate(Program program, OwnedThreads roots, ThreadModel threads, MethodInfo m, CatchClause c) {
        if (restores(program, m, c.handlerStart(), c.handlerEnd(), HELPER_DEPTH, new HashSet<>())
                || restoredLater(program, m, c)) {
            return Fate.RESTORED;
        }
        if (ExceptionFlow.passedOn(program, m, c)) {
            return Fate.PASSED_ON;
        }
        if (exits(program, m, c)) {
            return Fate.PROCESS_EXITS;
        }
        if (endsBody(program, m, c) && (roots.rootKind(m) != null
                || c.exit() != CatchClause.Exit.THROW && callersEndThread(program, roots, m, EXIT_DEPTH))) {
            return Fate.THREAD_ENDS;
        }
        if (ownersThread(program, roots, threads, m) && ownerLoop(program, roots, threads, m, c)) {
            return Fate.OWNER_LOOP;
        }
        if (answersStop(program, m, c)) {
            return Fate.STOP_ANSWERED;
        }
        return Fate.SWALLOWED;
    }

    /**
     * Whether, after the handler, the method returns a constant ({@code return false;}) that every caller in
     * the program tests to leave its loop or return ({@code if (!handleAcceptFailure(x)) break;}): the
     * interrupt is acted on, as a request to stop, by the code that called the method.
     */
    private static boolean answersStop(Program program, MethodInfo m, CatchClause c) {
        if (c.exit() != CatchClause.Exit.NORMAL) {
            return false;
        }
        List<Event> events = m.facts().events();
        Value.Literal answer = null;
        for (int i = c.handlerEnd(); i < events.size() && answer == null; i++) {
            if (events.get(i) instanceof Event.Return r) {
                if (!(r.value() instanceof Value.Literal lit) || lit.kind() != Value.LiteralKind.BOOLEAN
                        || r.guard() != c.guard()) {
                    return false;
                }
                answer = lit;
            }
        }
        if (answer == null) {
            return false;
        }
        Guard.TestKind seen = Boolean.parseBoolean(answer.text()) ? Guard.TestKind.IS_TRUE : Guard.TestKind.IS_FALSE;
        return callersLeaveOn(program, m, seen, HELPER_DEPTH);
    }

    /**
     * Whether every caller of {@code m} leaves its loop, or returns, when {@code m} answers as {@code seen}
     * says; a caller that returns the answer as its own (an override's {@code return super.x(e);}) passes
     * it on to its callers, who must.
     */
    private static boolean callersLeaveOn(Program program, MethodInfo m, Guard.TestKind seen, int depth) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty() || depth < 0) {
            return false;
        }
        for (CallSite s : callers) {
            MethodFacts f = s.caller().facts();
            Value result = new Value.CallResult(s.event());
            boolean leaves = false;
            for (int g = 0; g < f.guards().size() && !leaves; g++) {
                leaves = f.guards().get(g).implied().contains(new Guard.Test(result, seen))
                        && governsExit(f, g, f.eventAt(s.event()).loop(), -1);
            }
            boolean passes = f.events().stream().anyMatch(e -> e instanceof Event.Return r && result.equals(r.value()));
            if (!leaves && !(passes && callersLeaveOn(program, s.caller(), seen, depth - 1))) {
                return false;
            }
        }
        return true;
    }

    /** How {@code c} catches an InterruptedException thrown in its try block, or {@code null} when it cannot. */
    public static Catch catchOf(Program program, MethodInfo m, CatchClause c) {
        if (c.catches(INTERRUPTED)) {
            // a clause the compiler accepts only because some callee declares the exception it never throws
            return mayThrowInterrupted(program, m, c, THROW_DEPTH, new HashSet<>()) ? Catch.DIRECT : null;
        }
        List<CatchClause> catches = m.facts().catches();
        if (SUPERTYPES.stream().noneMatch(c::catches)) {
            return null;
        }
        for (CatchClause other : catches) {
            if (other.tryId() == c.tryId() && other.order() < c.order() && other.catches(INTERRUPTED)) {
                return null;
            }
        }
        for (int i = c.tryStart(); i < c.tryEnd(); i++) {
            Event.Call call = m.facts().callAt(i);
            if (call != null && program.traits(m, call).contains(MethodTrait.INTERRUPTIBLE) && !handledByNestedTry(catches, c, i)
                    && !Effects.settledBefore(program, m, i, call) && !Effects.seenDone(program, m, i, call)) {
                return Catch.BROAD; // a get() on a future just cancelled answers at once and is never interrupted
            }
        }
        return null;
    }

    /**
     * Whether the try block of {@code c} may throw InterruptedException: an interruptible or blocking call
     * ({@link #interruptible}), a call to code out of sight (a library type the knowledge base does not
     * describe, a call it cannot resolve, an abstract method no class of the program implements), a throw
     * of anything but a new object of another type, or, up to {@code depth} calls deep, a method or
     * constructor of the program that may. Calls a nested try handles do not count.
     */
    private static boolean mayThrowInterrupted(Program program, MethodInfo m, CatchClause c, int depth, Set<MethodInfo> seen) {
        List<CatchClause> catches = m.facts().catches();
        for (int i = c.tryStart(); i < c.tryEnd(); i++) {
            if (!handledByNestedTry(catches, c, i) && mayThrowInterrupted(program, m, i, depth, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayThrowInterrupted(Program program, MethodInfo m, int i, int depth, Set<MethodInfo> seen) {
        Event e = m.facts().events().get(i);
        if (e instanceof Event.Throw t) {
            return !(t.value() instanceof Value.NewValue made) || made.type().name().endsWith(INTERRUPTED);
        }
        List<MethodInfo> targets;
        if (e instanceof Event.Call call) {
            if (interruptible(program, m, i)) {
                return true;
            }
            targets = program.callGraph().targets(m, i);
            if (targets.isEmpty()) {
                return outOfSight(program, m, call);
            }
        } else if (e instanceof Event.NewObject n) {
            targets = program.constructors(m, n);
        } else {
            return false;
        }
        if (targets.stream().allMatch(t -> t.facts().isAbstract())) {
            return !targets.isEmpty(); // only code out of sight implements it
        }
        for (MethodInfo t : targets) {
            if (t.facts().isAbstract() || !seen.add(t)) {
                continue;
            }
            if (depth == 0) {
                return true;
            }
            for (int j = 0; j < t.facts().events().size(); j++) {
                if (!caughtWithin(t, j) && mayThrowInterrupted(program, t, j, depth - 1, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a call with no code in the program may be to code the knowledge base does not describe: the
     * method has no traits there, and its receiver's type is unknown, or a library type it does not
     * describe, or a program type with such a library supertype (other than {@code Object}).
     */
    private static boolean outOfSight(Program program, MethodInfo m, Event.Call call) {
        if (!program.traits(m, call).isEmpty()) {
            return false;
        }
        String type = program.staticType(m, call.receiver()).name();
        if (type == null) {
            return true;
        }
        if (program.type(type) == null) {
            return program.knowledge().type(type) == null;
        }
        return program.supertypes(type).stream().anyMatch(s -> program.type(s) == null && !s.equals("java.lang.Object")
                && program.knowledge().type(s) == null);
    }

    /** Whether event {@code i} of {@code m} is in a try block one of whose clauses catches InterruptedException. */
    private static boolean caughtWithin(MethodInfo m, int i) {
        for (CatchClause c : m.facts().catches()) {
            if (c.inTry(i) && (c.catches(INTERRUPTED) || SUPERTYPES.stream().anyMatch(c::catches))) {
                return true;
            }
        }
        return false;
    }

    private static boolean handledByNestedTry(List<CatchClause> catches, CatchClause outer, int event) {
        for (CatchClause inner : catches) {
            if (inner.tryId() != outer.tryId() && inner.tryStart() >= outer.tryStart() && inner.tryEnd() <= outer.tryEnd()
                    && inner.inTry(event) && (inner.catches(INTERRUPTED) || SUPERTYPES.stream().anyMatch(inner::catches))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the events in [from, to) throw, or re-flag the current thread's interrupt, directly or in a program helper. */
    static boolean restores(Program program, MethodInfo m, int from, int to, int depth, Set<MethodInfo> seen) {
        List<Event> events = m.facts().events();
        for (int i = from; i < to && i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Throw || e instanceof Event.Call call && reflags(program, m, call)) {
                return true;
            }
            if (e instanceof Event.Call && depth > 0) {
                for (MethodInfo target : program.callGraph().targets(m, i)) {
                    if (seen.add(target) && restores(program, target, 0, target.facts().events().size(), depth - 1, seen)) {
                        return true;
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

    /** Whether the call sets the current thread's interrupt flag again ({@code Thread.currentThread().interrupt()}). */
    private static boolean reflags(Program program, MethodInfo m, Event.Call call) {
        if (!program.traits(m, call).contains(MethodTrait.INTERRUPT)) {
            return false;
        }
        Value r = call.receiver();
        if (r instanceof Value.Implicit || r.pathOrNull() != null && r.pathOrNull().isThis()) {
            return true; // a Thread subclass interrupting itself, on its own thread
        }
        return currentThread(program, m, r, 2);
    }

    static boolean currentThread(Program program, MethodInfo m, Value v, int depth) {
        if (v instanceof Value.CallResult cr) {
            Event.Call c = m.facts().callAt(cr.eventIndex());
            return c != null && program.traits(m, c).contains(MethodTrait.CURRENT_THREAD);
        }
        AccessPath p = v.pathOrNull();
        if (p != null && !p.isField() && p.root() == AccessPath.Root.PARAM) {
            return currentThreadParameter(program, m, m.facts().paramIndex(p.rootName()), depth);
        }
        if (p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL && depth > 0) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())
                        && currentThread(program, m, la.value(), depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether parameter {@code k} of {@code m} is always the thread that runs {@code m}: {@code m} overrides a
     * library hook whose first argument is its caller ({@code beforeExecute(Thread t, Runnable r)}), or, when
     * {@code m} is no public API (a protected hook, a package's own method), every call in the program passes
     * the current thread there (a few calls up).
     */
    private static boolean currentThreadParameter(Program program, MethodInfo m, int k, int depth) {
        if (k < 0 || m.facts().isClosure()) {
            return false;
        }
        if (k == 0) {
            for (String s : program.supertypes(m.owner().name())) {
                if (program.type(s) == null && program.methodTraits(s, m.name(), m.facts().arity())
                        .contains(MethodTrait.CURRENT_THREAD_ARGUMENT)) {
                    return true;
                }
            }
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (depth <= 0 || callers.isEmpty() || Api.exported(program, m)) {
            return false;
        }
        for (CallSite s : callers) {
            if (!(s.caller().facts().eventAt(s.event()) instanceof Event.Call call) || k >= call.args().size()
                    || !currentThread(program, s.caller(), call.args().get(k), depth - 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the method restores the interrupt after the handler: on the way on from it (the handler
     * falls through to a re-flag that surely follows), or through a local the handler notes the
     * interrupt in and that a later re-flag or throw is conditioned on.
     */
    private static boolean restoredLater(Program program, MethodInfo m, CatchClause c) {
        MethodFacts f = m.facts();
        if (c.exit() == CatchClause.Exit.NORMAL && followedBy(m, c, i -> f.callAt(i) != null && reflags(program, m, f.callAt(i)))) {
            return true;
        }
        if (answeredToWriter(program, m, c)) {
            return true;
        }
        Set<String> noted = new HashSet<>();
        for (int i = c.handlerStart(); i < c.handlerEnd(); i++) {
            if (f.events().get(i) instanceof Event.LocalAssign la && la.value() instanceof Value.Literal) {
                noted.add(la.local());
            }
        }
        if (noted.isEmpty()) {
            return false;
        }
        for (int i = 0; i < f.events().size(); i++) {
            Event e = f.events().get(i);
            boolean acts = e instanceof Event.Throw || e instanceof Event.Call call && reflags(program, m, call);
            if (acts && !c.inHandler(i) && testsLocal(f, e, noted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the handler, in a closure, answers the interrupt with a constant ({@code return true;}) that
     * comes back to the method that wrote the closure: it handed the closure to a program method that
     * returns what the closure returns ({@code boolean interrupted = returnLocked(() -> ...)}), keeps that
     * in a local, and throws or re-flags under a test of it.
     */
    private static boolean answeredToWriter(Program program, MethodInfo m, CatchClause c) {
        MethodInfo writer = m.closureParent();
        int site = m.facts().siteEvent();
        if (c.exit() != CatchClause.Exit.RETURN || writer == null || site < 0
                || !(writer.facts().eventAt(site) instanceof Event.Call handOff)) {
            return false;
        }
        boolean constant = false;
        for (int i = c.handlerStart(); i < c.handlerEnd(); i++) {
            constant |= m.facts().events().get(i) instanceof Event.Return r && r.value() instanceof Value.Literal;
        }
        int param = -1;
        for (int a = 0; a < handOff.args().size(); a++) {
            if (handOff.args().get(a) instanceof Value.Closure) {
                param = param == -1 ? a : -2;
            }
        }
        List<MethodInfo> targets = program.callGraph().targets(writer, site);
        if (!constant || param < 0 || targets.isEmpty()) {
            return false;
        }
        for (MethodInfo t : targets) {
            if (!returnsResultOf(t, param)) {
                return false;
            }
        }
        Set<String> kept = new HashSet<>();
        MethodFacts w = writer.facts();
        for (Event e : w.events()) {
            if (e instanceof Event.LocalAssign la && la.value() instanceof Value.CallResult cr && cr.eventIndex() == site) {
                kept.add(la.local());
            }
        }
        for (Event e : w.events()) {
            boolean acts = e instanceof Event.Throw || e instanceof Event.Call call && reflags(program, writer, call);
            if (acts && !kept.isEmpty() && testsLocal(w, e, kept)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every return of {@code t} gives what a call on its parameter number {@code param} returns ({@code step.get()}). */
    private static boolean returnsResultOf(MethodInfo t, int param) {
        if (param >= t.facts().params().size()) {
            return false;
        }
        String name = t.facts().params().get(param).name();
        boolean any = false;
        for (Event e : t.facts().events()) {
            if (e instanceof Event.Return r) {
                AccessPath p = r.value() instanceof Value.CallResult cr && t.facts().eventAt(cr.eventIndex()) instanceof Event.Call get
                        ? get.receiver().pathOrNull() : null;
                if (p == null || p.root() != AccessPath.Root.PARAM || p.isField() || !p.rootName().equals(name)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean testsLocal(MethodFacts f, Event e, Set<String> locals) {
        for (Guard g : f.guardChain(e)) {
            for (Guard.Test t : g.implied()) {
                AccessPath p = t.subject().pathOrNull();
                if (p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL && locals.contains(p.rootName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether, after the handler falls through, the method surely reaches an event that {@code matches}:
     * one outside any other handler, under no condition the try statement is not under itself, with no
     * unconditional return before it.
     */
    private static boolean followedBy(MethodInfo m, CatchClause c, IntPredicate matches) {
        MethodFacts f = m.facts();
        Set<Integer> context = chain(f, c.guard());
        for (int i = c.handlerEnd(); i < f.events().size(); i++) {
            Event e = f.events().get(i);
            if (inOtherHandler(f, c, i) || !context.containsAll(chain(f, e.guard()))) {
                continue;
            }
            if (matches.test(i)) {
                return true;
            }
            if (e instanceof Event.Return) {
                return false;
            }
        }
        return false;
    }

    private static Set<Integer> chain(MethodFacts f, int guard) {
        Set<Integer> result = new HashSet<>();
        for (int g = guard; g >= 0 && g < f.guards().size(); g = f.guards().get(g).parent()) {
            result.add(g);
        }
        return result;
    }

    /** Whether event {@code i} is in a handler that does not contain the handler of {@code c}: it runs only on another exception. */
    private static boolean inOtherHandler(MethodFacts f, CatchClause c, int i) {
        for (CatchClause other : f.catches()) {
            if (other != c && other.inHandler(i)
                    && !(other.handlerStart() <= c.handlerStart() && c.handlerEnd() <= other.handlerEnd())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the process surely exits after the handler: it falls through to a call that ends the JVM. */
    private static boolean exits(Program program, MethodInfo m, CatchClause c) {
        MethodFacts f = m.facts();
        if (endsProcess(program, m, c.handlerStart(), c.handlerEnd(), EXIT_DEPTH)) {
            return true;
        }
        return c.exit() == CatchClause.Exit.NORMAL
                && followedBy(m, c, i -> f.callAt(i) != null && exitCall(program, m, i, EXIT_DEPTH));
    }

    /** Whether the events in [from, to) unconditionally call something that ends the process. */
    private static boolean endsProcess(Program program, MethodInfo m, int from, int to, int depth) {
        MethodFacts f = m.facts();
        for (int i = from; i < to && i < f.events().size(); i++) {
            if (f.callAt(i) != null && exitCall(program, m, i, depth)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the call at {@code i} ends the process: a JVM exit, or a program method that always reaches one. */
    private static boolean exitCall(Program program, MethodInfo m, int i, int depth) {
        Event.Call call = m.facts().callAt(i);
        if (program.traits(m, call).contains(MethodTrait.EXITS)) {
            return true;
        }
        List<MethodInfo> targets = program.callGraph().preciseTargets(m, i);
        return depth > 0 && !targets.isEmpty() && targets.stream().allMatch(t -> alwaysExits(program, t, depth - 1));
    }

    /**
     * A method with no return statement whose last statement ends the process, in no loop or handler,
     * and under conditions whose other branch throws: no path through it returns.
     */
    private static boolean alwaysExits(Program program, MethodInfo m, int depth) {
        MethodFacts f = m.facts();
        for (Event e : f.events()) {
            if (e instanceof Event.Return) {
                return false;
            }
        }
        int last = f.events().size() - 1;
        if (last < 0 || f.callAt(last) == null || f.events().get(last).loop() >= 0 || inAnyHandler(f, last)
                || !exitCall(program, m, last, depth)) {
            return false;
        }
        for (Guard g : f.guardChain(f.events().get(last))) {
            if (!otherBranchThrows(f, g)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the other branch of the {@code if} that guard {@code g} is a branch of throws. */
    private static boolean otherBranchThrows(MethodFacts f, Guard g) {
        for (int o = 0; o < f.guards().size(); o++) {
            Guard other = f.guards().get(o);
            if (other != g && other.pos().equals(g.pos()) && other.parent() == g.parent()) {
                for (Event e : f.events()) {
                    if (e instanceof Event.Throw && f.guardChain(e).contains(other)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean inAnyHandler(MethodFacts f, int i) {
        for (CatchClause c : f.catches()) {
            if (c.inHandler(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the handler leads to the end of a thread's or task's body: it returns, breaks out of the
     * outermost loop, or falls through outside any loop, with nothing after it that waits (the try's own
     * finally aside: that is the body's cleanup).
     */
    private static boolean endsBody(Program program, MethodInfo m, CatchClause c) {
        MethodFacts f = m.facts();
        return switch (c.exit()) {
            case RETURN, THROW -> true;
            case BREAK -> c.loop() >= 0 && f.loops().get(c.loop()).parent() < 0
                    && !waitsAfter(program, m, c, i -> !inLoop(f, f.events().get(i), c.loop()));
            // the try's own finally is the body's cleanup: part of ending, not work the interrupt should cut short
            case NORMAL -> c.loop() < 0 && !waitsAfter(program, m, c, i -> !c.inFinally(i));
            case CONTINUE -> false;
        };
    }

    /**
     * Whether every caller of {@code m} in the program calls it as the last thing its thread does: outside
     * any loop, with nothing after the call that waits or reads the interrupt status, in a thread's or
     * task's body, in the process's {@code main}, or in a method whose own callers are all such (zookeeper's
     * {@code ZooKeeperServerMain.runFromConfig}, which {@code main} runs through {@code initializeAndRun}).
     * When {@code m} returns, the thread ends, and nobody is left to read the flag.
     */
    private static boolean callersEndThread(Program program, OwnedThreads roots, MethodInfo m, int depth) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty() || depth < 0) {
            return false;
        }
        for (CallSite s : callers) {
            MethodInfo caller = s.caller();
            if (caller.facts().eventAt(s.event()).loop() >= 0 || waitsAfterCall(program, caller, s.event())) {
                return false;
            }
            if (roots.rootKind(caller) == null && !isMain(caller)
                    && !callersEndThread(program, roots, caller, depth - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code m} is a process's entry point, {@code static void main(String[])}: its thread ends when it returns. */
    private static boolean isMain(MethodInfo m) {
        return m.facts().isStatic() && m.name().equals("main") && m.facts().params().size() == 1;
    }

    /**
     * Whether, once the call at {@code call} returns normally, {@code m} may wait or read the interrupt
     * status (directly, or in a program callee): events in handlers that do not contain the call run only
     * on an exception, not on the way on from it.
     */
    private static boolean waitsAfterCall(Program program, MethodInfo m, int call) {
        MethodFacts f = m.facts();
        for (int i = call + 1; i < f.events().size(); i++) {
            if (f.callAt(i) != null && !VariableUses.inHandlerWithout(f, i, call) && waits(program, m, i, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the call at {@code i} of {@code m} waits (an interruptible call, directly or in a program
     * callee), or with {@code orReadsStatus}, reads the interrupt status.
     */
    private static boolean waits(Program program, MethodInfo m, int i, boolean orReadsStatus) {
        if (waitsHere(program, m, i, orReadsStatus)) {
            return true;
        }
        for (MethodInfo t : program.callGraph().targets(m, i)) {
            for (int j = 0; j < t.facts().events().size(); j++) {
                if (t.facts().callAt(j) != null && waitsHere(program, t, j, orReadsStatus)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean waitsHere(Program program, MethodInfo m, int i, boolean orReadsStatus) {
        return interruptible(program, m, i)
                || orReadsStatus && program.traits(m, m.facts().callAt(i)).contains(MethodTrait.INTERRUPT_STATUS);
    }

    /** Whether an event after the handler that {@code where} selects waits (an interruptible call, directly or in a program callee). */
    private static boolean waitsAfter(Program program, MethodInfo m, CatchClause c, IntPredicate where) {
        MethodFacts f = m.facts();
        for (int i = c.handlerEnd(); i < f.events().size(); i++) {
            if (f.callAt(i) != null && where.test(i) && !inOtherHandler(f, c, i) && waits(program, m, i, false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean interruptible(Program program, MethodInfo m, int i) {
        Event.Call call = m.facts().callAt(i);
        var traits = program.traits(m, call);
        // a get() on a future just seen done (if (f.isDone()) f.get()) or just cancelled answers at once:
        // it never waits, so it is never interrupted
        return (traits.contains(MethodTrait.INTERRUPTIBLE) || traits.contains(MethodTrait.BLOCKING))
                && !Effects.seenDone(program, m, i, call) && !Effects.settledBefore(program, m, i, call);
    }

    private static boolean inLoop(MethodFacts f, Event e, int loop) {
        for (int l = e.loop(); l >= 0; l = f.loops().get(l).parent()) {
            if (l == loop) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the handler lets a loop go round whose condition the program changes before it interrupts the
     * loop's thread: {@code m} runs only as tasks of executors every call on which is in sight
     * ({@link ThreadModel#workerInterrupters}), and each call that interrupts their workers comes after a
     * change, in its method, of a field the loop's condition reads ({@code state.set(STOPPED);
     * executor.shutdownNow();}, curator's background loop). The interrupt only wakes the task to see the stop
     * it was told of; losing the flag loses nothing.
     */
    public static boolean stopRecordedBeforeInterrupt(Program program, ThreadModel threads, MethodInfo m, CatchClause c) {
        if (c.loop() < 0 || c.exit() == CatchClause.Exit.RETURN || c.exit() == CatchClause.Exit.THROW
                || !stoppable(program, m, c.loop(), c.pos())) {
            return false;
        }
        MethodFacts f = m.facts();
        Set<FieldInfo> tested = new HashSet<>();
        for (int l = c.loop(); l >= 0; l = f.loops().get(l).parent()) {
            Loop loop = f.loops().get(l);
            List<AccessPath> read = new ArrayList<>(loop.conditionReads());
            for (Event e : f.events()) {
                // a call on a field in the condition reads it too (`while (state.get() == STARTED)`)
                AccessPath p = e instanceof Event.Call call && inLoop(f, call, l) ? call.receiver().pathOrNull() : null;
                if (p != null && p.isField() && loop.condition().contains(p.lastField() + "." + ((Event.Call) e).name() + "(")) {
                    read.add(p);
                }
            }
            for (AccessPath p : read) {
                FieldInfo field = p.isOwnField() || p.isEnclosingField() ? program.field(m, p) : null;
                if (field != null) {
                    tested.add(field);
                }
            }
        }
        List<WorkerInterrupts.Interrupter> interrupters = tested.isEmpty() ? null : threads.workerInterrupters(program, m);
        if (interrupters == null || interrupters.isEmpty()) {
            return false;
        }
        for (WorkerInterrupts.Interrupter i : interrupters) {
            if (!changedBefore(program, i.method(), i.index(), tested, HELPER_DEPTH)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an event of {@code m} before {@code index} changes one of {@code fields} of its own object,
     * itself or in a method of the program it calls on that object ({@code if (closeWithLock()) ...}), up
     * to {@code depth} calls deep.
     */
    private static boolean changedBefore(Program program, MethodInfo m, int index, Set<FieldInfo> fields,
                                         int depth) {
        var kb = program.knowledge();
        List<Event> events = m.facts().events();
        for (int i = 0; i < index; i++) {
            if (depth > 0 && events.get(i) instanceof Event.Call call && call.receiver().isSelf()) {
                for (MethodInfo t : program.callGraph().targets(m, i)) {
                    if (t != m && changedBefore(program, t, t.facts().events().size(), fields, depth - 1)) {
                        return true;
                    }
                }
            }
            AccessPath p = null;
            if (events.get(i) instanceof Event.FieldAccess fa && fa.kind().isWrite()) {
                p = fa.path();
            } else if (events.get(i) instanceof Event.Call call && (kb.inGroup(NameGroup.ATOMIC_WRITE, call.name())
                    || kb.inGroup(NameGroup.ATOMIC_UPDATE, call.name()) || kb.inGroup(NameGroup.ATOMIC_STEP, call.name()))) {
                p = call.receiver().pathOrNull();
            }
            if (p != null && (p.isOwnField() || p.isEnclosingField()) && fields.contains(program.field(m, p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code m} runs on a thread whose interrupts belong to the program: one it created for the
     * work, or one the code keeps to interrupt it itself (see {@link OwnedThreads#interruptedByOwner}); a
     * method clients may call too is such when the thread model finds only the program's own threads
     * running it (a server's public step its request thread calls, on an object no client is handed).
     */
    private static boolean ownersThread(Program program, OwnedThreads roots, ThreadModel threads, MethodInfo m) {
        return roots.onOwnedThread(m) || roots.interruptedByOwner(program, m) || onProgramThreadsOnly(threads, m);
    }

    /** Whether the thread model finds {@code m} run, and run only, by threads the program made for their work. */
    private static boolean onProgramThreadsOnly(ThreadModel threads, MethodInfo m) {
        ThreadSet set = threads.threads(m);
        return !set.isEmpty() && !set.more() && set.threads().stream().allMatch(t -> t.kind() == LogicalThread.Kind.THREAD);
    }

    /**
     * Whether the handler lets a loop of a thread the program owns go round, where the loop has its own
     * way to stop (a condition, a poison pill, a return) and does not rely on the interrupt flag the
     * handler cleared. When the catch is in no loop of its method, the loop is that of every caller.
     */
    private static boolean ownerLoop(Program program, OwnedThreads roots, ThreadModel threads, MethodInfo m, CatchClause c) {
        if (c.loop() >= 0 && c.exit() != CatchClause.Exit.RETURN && c.exit() != CatchClause.Exit.THROW) {
            return stoppable(program, m, c.loop(), c.pos());
        }
        return callersLoop(program, roots, threads, m, HELPER_DEPTH);
    }

    /**
     * Whether, at every call of {@code m} (there being some), the thread goes on in a way that does not need
     * the flag: the call is in a loop of a thread the program owns that can stop by itself; or it is the
     * last thing a thread's or task's body does (nothing after it waits); or it is in no loop of a method
     * of which the same holds, up to {@code depth} callers up (a helper's helper, called in the run loop of
     * a thread and again in its final clean-up).
     */
    private static boolean callersLoop(Program program, OwnedThreads roots, ThreadModel threads, MethodInfo m, int depth) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            if (!goesOnWithoutFlag(program, roots, threads, m, s, depth)) {
                return false;
            }
        }
        return true;
    }

    /** Whether, once {@code m} returns to the call at {@code s}, its thread goes on as {@link #callersLoop} asks. */
    private static boolean goesOnWithoutFlag(Program program, OwnedThreads roots, ThreadModel threads, MethodInfo m,
                                             CallSite s, int depth) {
        MethodInfo caller = s.caller();
        Event at = caller.facts().eventAt(s.event());
        if (at == null) {
            return false;
        }
        if (at.loop() >= 0) {
            return ownersThread(program, roots, threads, caller) && stoppable(program, caller, at.loop(), Position.UNKNOWN);
        }
        boolean bodyEnds = (roots.rootKind(caller) != null || isMain(caller)) && !waitsAfterCall(program, caller, s.event());
        return bodyEnds || depth > 0 && caller != m && ownersThread(program, roots, threads, caller)
                && callersLoop(program, roots, threads, caller, depth - 1);
    }

    /**
     * Whether loop {@code loop} of {@code m}, or one around it, can end other than by the exit at
     * {@code handler} (a condition that is not constant, or another break or return), and none of them
     * decides how it ends by the interrupt status ({@link #decidesExit}).
     */
    private static boolean stoppable(Program program, MethodInfo m, int loop, Position handler) {
        MethodFacts f = m.facts();
        boolean ends = false;
        for (int l = loop; l >= 0; l = f.loops().get(l).parent()) {
            Loop x = f.loops().get(l);
            ends |= !x.endless() || x.exits().stream().anyMatch(p -> !handler.contains(p));
        }
        if (!ends) {
            return false;
        }
        int outermost = loop;
        while (f.loops().get(outermost).parent() >= 0) {
            outermost = f.loops().get(outermost).parent();
        }
        for (int i = 0; i < f.events().size(); i++) {
            Event.Call call = f.callAt(i);
            if (call != null && inLoop(f, call, outermost) && program.traits(m, call).contains(MethodTrait.INTERRUPT_STATUS)
                    && decidesExit(f, i, outermost)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the status read at event {@code read} may decide how the loop ends: it is in a loop's
     * condition, its answer is assigned to a local or returned, or a condition testing it governs a return,
     * a throw or an exit of the loop. A read that only clears the flag between rounds, or only decides what
     * to log ({@code if (Thread.interrupted() && LOG.isDebugEnabled()) LOG.debug(...)}), does not.
     */
    private static boolean decidesExit(MethodFacts f, int read, int outermost) {
        Event.Call call = f.callAt(read);
        for (int l = call.loop(); l >= 0; l = f.loops().get(l).parent()) {
            if (f.loops().get(l).condition().contains(call.name())) {
                return true;
            }
        }
        Value answer = new Value.CallResult(read);
        for (Event e : f.events()) {
            if (e instanceof Event.LocalAssign la && answer.equals(la.value())
                    || e instanceof Event.Return r && answer.equals(r.value())) {
                return true;
            }
        }
        for (int g = 0; g < f.guards().size(); g++) {
            if (f.guards().get(g).implied().stream().anyMatch(t -> answer.equals(t.subject()))
                    && governsExit(f, g, call.loop(), outermost)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether guard {@code g} governs a way out: a return or throw under it, or an exit of loop
     * {@code loop} (or of one around it, up to {@code outermost}; -1: every one) between the condition and
     * the last event under it; a condition with nothing under it (a bare {@code break}) counts.
     */
    private static boolean governsExit(MethodFacts f, int g, int loop, int outermost) {
        Guard guard = f.guards().get(g);
        Position last = guard.pos();
        for (Event e : f.events()) {
            if (governs(f, g, e)) {
                if (e instanceof Event.Return || e instanceof Event.Throw) {
                    return true;
                }
                last = e.pos().compareTo(last) > 0 ? e.pos() : last;
            }
        }
        for (int l = loop; l >= 0; l = l == outermost ? -1 : f.loops().get(l).parent()) {
            for (Position exit : f.loops().get(l).exits()) {
                if (exit.compareTo(guard.pos()) >= 0 && exit.compareTo(last) <= 0) {
                    return true;
                }
            }
        }
        return last.equals(guard.pos()); // nothing seen under it: a bare break or continue, say
    }

    /** Whether guard {@code g} is among the conditions the event runs under. */
    private static boolean governs(MethodFacts f, int g, Event e) {
        for (int x = e.guard(); x >= 0; x = f.guards().get(x).parent()) {
            if (x == g) {
                return true;
            }
        }
        return false;
    }
}
