package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.CatchClause;
import dev.fearless.facts.Event;
import dev.fearless.facts.Loop;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the failure of a task handed to an executor is seen by someone even when nobody keeps its
 * Future: the task is itself a Future (its outcome is recorded in it), its body catches every failure
 * itself, or the executor is one of the program's whose {@code submit}/{@code schedule} wraps each task
 * in code that handles failures (or whose hooks see every task's outcome).
 */
public final class TaskFailures {

    private static final List<String> CATCH_ALL = List.of("Throwable", "Exception", "RuntimeException");
    private static final int DEPTH = 3;
    private static final int WRAPPER_DEPTH = 4;

    private TaskFailures() {
    }

    /** Whether the task {@code task}, handed over at event {@code index} of {@code m}, records or handles its own failures. */
    public static boolean taskHandles(Program program, MethodInfo m, int index, Value task) {
        String type = program.staticType(m, task).name();
        if (type != null && program.is(type, TypeTrait.FUTURE)) {
            return true;
        }
        List<MethodInfo> bodies = OwnedThreads.bodies(program, m, task, index);
        return !bodies.isEmpty() && bodies.stream().allMatch(b -> catchesEverything(program, b, DEPTH));
    }

    /**
     * Where a task visibly fails: the method and place, and what fails there ({@code `reconcile` throws
     * `IllegalStateException`}), for messages.
     */
    public record Failure(MethodInfo method, dev.fearless.facts.Position pos, String what) {

        /** Whether the task's code is not in the program (a Runnable handed in): what it may throw is not known. */
        public boolean unseen() {
            return method == null;
        }
    }

    private static final Failure UNSEEN = new Failure(null, null, "");

    /**
     * The first place the code of the task {@code task}, handed over at event {@code index} of {@code m},
     * visibly fails outside a try that catches everything: a {@code throw} (of a checked exception, or one
     * whose type is not known, only outside any try on the way: the catch there takes it), or, outside any try (on the
     * way to it too: a catch there may take what it throws), a call that fails on input
     * ({@link MethodTrait#FAILS}: {@code Integer.parseInt}, {@code Files.readString}) or an I/O or
     * interruptible call; in its body or in program code it calls (a few calls deep).
     * A call of code the program does not contain (a callback handed in) may fail too. {@code null} when
     * no such place is seen: then only failures nobody expects (a bug of their own) could be lost in a
     * dropped future; {@link Failure#unseen} when the task's own code is not in the program.
     */
    public static Failure failure(Program program, MethodInfo m, int index, Value task) {
        return failure(program, null, m, index, task);
    }

    /**
     * As {@link #failure(Program, MethodInfo, int, Value)}, and a {@code throw} that runs only under a test of
     * its method's parameters that the arguments of the call into it rule out ({@code deposit(member, 2)}
     * into {@code if (amount <= 0) throw ...}) does not count ({@link PathFacts#intoCaller}).
     */
    public static Failure failure(Program program, PathFacts paths, MethodInfo m, int index, Value task) {
        List<MethodInfo> bodies = OwnedThreads.bodies(program, m, task, index);
        return bodies.isEmpty() ? UNSEEN : firstFailure(program, paths, bodies, WorkerInterrupts.never(program, m, index));
    }

    /**
     * For a program method that returns the future of a task it starts ({@code handle(...)} returning
     * {@code pool.submit(() -> ...)}): the first place the code of the methods, or of the tasks written in
     * them, visibly fails ({@link #failure(Program, MethodInfo, int, Value)}); {@code null} when none is seen.
     */
    public static Failure failureIn(Program program, List<MethodInfo> methods) {
        List<MethodInfo> code = new java.util.ArrayList<>();
        for (MethodInfo m : methods) {
            code.add(m);
            code.addAll(program.nestedIn(m));
        }
        return firstFailure(program, null, code, false);
    }

    /**
     * Whether the statement right before the throw at {@code index}, in the same branch, logs (a call on a
     * logger): the failure is written down where it happens, so dropping the future loses nothing unseen.
     */
    private static boolean loggedBefore(Program program, MethodInfo m, int index) {
        List<Event> events = m.facts().events();
        int guard = events.get(index).guard();
        for (int j = index - 1; j >= 0 && events.get(j).guard() == guard; j--) {
            if (events.get(j) instanceof Event.Call call) {
                String type = program.receiverType(m, call);
                return type != null && program.is(type, TypeTrait.LOGGER); // the nearest call before the throw
            }
        }
        return false;
    }

    /** The call into a method being read: event {@code event} of {@code caller}; its arguments may rule out a throw. */
    private record From(MethodInfo caller, int event) {
    }

    /** A method read for failures, as entered through one call (or none, for the task's own code). */
    private record Visit(MethodInfo method, From from) {
    }

    /**
     * The first place one of these methods visibly fails, each followed into the program's code it calls;
     * {@code uninterrupted}: nothing interrupts the thread the code runs on, so an interruptible call
     * does not fail.
     */
    private static Failure firstFailure(Program program, PathFacts paths, List<MethodInfo> code, boolean uninterrupted) {
        Set<Visit> seen = new HashSet<>();
        Reading reading = new Reading(program, paths, uninterrupted, seen);
        for (MethodInfo c : code) {
            Failure f = failure(reading, c, null, DEPTH, false, Set.of());
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Whether the arguments of the call {@code from} into {@code body} rule out the event {@code e} of it. */
    private static boolean ruledOut(PathFacts paths, MethodInfo body, From from, Event e) {
        if (paths == null) {
            return false;
        }
        Condition when = paths.at(body, e);
        return when == null || from != null && paths.intoCaller(when, from.caller(), from.event(), body) == null;
    }

    /** What a search for a task's failures reads with, and the methods it has read. */
    private record Reading(Program program, PathFacts paths, boolean uninterrupted, Set<Visit> seen) {
    }

    /**
     * {@code handled}: the code runs inside a try of a caller; {@code caught}: the simple names of the
     * exception types the catches of those tries take, which an exception the code throws does not escape.
     * A loop that goes on after the failures it names ({@link #survivesOnly}) is where the task ends.
     */
    private static Failure failure(Reading reading, MethodInfo body, From from, int depth, boolean handled, Set<String> caught) {
        if (!reading.seen().add(new Visit(body, reading.paths() == null ? null : from))) {
            return null;
        }
        Failure loop = handled ? null : survivesOnly(body);
        return loop != null ? loop : firstFailureIn(reading, body, from, depth, handled, caught);
    }

    private static Failure firstFailureIn(Reading reading, MethodInfo body, From from, int depth, boolean handled, Set<String> caught) {
        Program program = reading.program();
        PathFacts paths = reading.paths();
        List<Event> events = body.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (caughtAll(body, i)) {
                continue;
            }
            if (e instanceof Event.Throw t) {
                String thrown = t.value() instanceof Value.NewValue n ? thrownType(program, n, body) : null;
                if (thrown != null && caughtBy(program, thrown, caught, caughtAt(body, i)) || ruledOut(paths, body, from, t)
                        || thrown != null && program.knowledge().inGroup(NameGroup.IMPOSSIBLE_STATE, Describe.simple(thrown))) {
                    continue; // an AssertionError marks a branch the code holds impossible, not a failure to report
                }
                // A checked exception must be handled by the catches on the way, which the compiler demands.
                if (handled && (thrown == null || !unchecked(program, thrown)) || body.facts().inTry(i)
                        && thrown != null && !unchecked(program, thrown)) {
                    continue;
                }
                if (loggedBefore(program, body, i)) {
                    continue; // logged where it is thrown (`LOG.info("closed"); throw new IllegalStateException(...)`): not silent
                }
                if (handedOverBefore(body, i, t)) {
                    continue; // `onFailure.accept(e); throw new RuntimeException(e);`: reported before it is thrown
                }
                CatchClause rethrown = rethrownCatch(body, i, t);
                if (rethrown != null && !tryMayFail(reading, body, rethrown, depth)) {
                    continue; // `catch (Throwable t) { undo(); throw t; }` around code that cannot visibly fail
                }
                return new Failure(body, t.pos(), "`" + body.display() + "` throws"
                        + (thrown == null ? "" : " `" + Describe.simple(thrown) + "`"));
            }
            if (!(e instanceof Event.Call call)) {
                continue;
            }
            Set<MethodTrait> traits = program.traits(body, call);
            boolean inTry = handled || body.facts().inTry(i);
            if (!inTry && (traits.contains(MethodTrait.FAILS) || traits.contains(MethodTrait.BLOCKING_IO)
                    || traits.contains(MethodTrait.INTERRUPTIBLE) && !reading.uninterrupted())) {
                return new Failure(body, call.pos(), "`" + Describe.value(body, call.receiver()) + "." + call.name()
                        + "` can throw");
            }
            List<MethodInfo> targets = program.callGraph().targets(body, i);
            if (!inTry && runsUnseenCode(targets)) {
                return new Failure(body, call.pos(), "`" + Describe.value(body, call.receiver()) + "." + call.name()
                        + "` runs code the program does not contain, which may throw");
            }
            String declared = inTry ? null : declaredChecked(program, targets);
            if (declared != null) {
                return new Failure(body, call.pos(), "`" + Describe.value(body, call.receiver()) + "." + call.name()
                        + "` is declared to throw `" + declared + "`");
            }
            if (depth == 0) {
                continue;
            }
            for (MethodInfo t : targets) {
                Failure f = CallTargetFinder.abstractMethod(t) ? null
                        : failure(reading, t, new From(body, i), depth - 1, inTry, plus(caught, caughtAt(body, i)));
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * Whether the exception thrown at {@code i} (itself, or the cause a new one wraps) is a variable the code
     * passed to a call before it: handed to a callback that reports it ({@code afterCreating.accept(true,
     * failure); if (failure != null) throw new RuntimeException(failure);}), so the throw loses nothing.
     */
    private static boolean handedOverBefore(MethodInfo body, int i, Event.Throw t) {
        String carried = carriedException(body, t.value());
        if (carried == null) {
            return false;
        }
        List<Event> events = body.facts().events();
        for (int j = 0; j < i; j++) {
            if (events.get(j) instanceof Event.Call c && c.args().stream().anyMatch(a -> VariableUses.is(a, carried))) {
                return true;
            }
        }
        return false;
    }

    /** The variable holding the exception a throw throws, or the cause the new exception it throws wraps; or {@code null}. */
    private static String carriedException(MethodInfo body, Value v) {
        String variable = variable(v);
        if (variable != null) {
            return variable;
        }
        if (v instanceof Value.NewValue n && n.eventIndex() >= 0
                && body.facts().eventAt(n.eventIndex()) instanceof Event.NewObject made) {
            for (Value a : made.args()) {
                String cause = variable(a);
                if (cause != null) {
                    return cause;
                }
            }
        }
        return null;
    }

    private static String variable(Value v) {
        AccessPath p = v.pathOrNull();
        return p != null && !p.isField() && (p.root() == AccessPath.Root.LOCAL || p.root() == AccessPath.Root.PARAM)
                ? p.rootName() : null;
    }

    /** The catch whose own exception the throw at {@code i} throws again ({@code throw t;} in its handler), or {@code null}. */
    private static CatchClause rethrownCatch(MethodInfo body, int i, Event.Throw t) {
        String thrown = variable(t.value());
        if (thrown == null) {
            return null;
        }
        for (CatchClause c : body.facts().catches()) {
            if (c.inHandler(i) && thrown.equals(c.variable())) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether the try of {@code c} can visibly fail: a throw in it, a call that fails on input, does I/O,
     * can be interrupted, runs code the program does not contain or is declared to throw a checked
     * exception, or a program method or constructor it calls that fails so (a few calls deep).
     */
    private static boolean tryMayFail(Reading reading, MethodInfo body, CatchClause c, int depth) {
        Program program = reading.program();
        Reading inner = new Reading(program, reading.paths(), reading.uninterrupted(), new HashSet<>());
        List<Event> events = body.facts().events();
        for (int j = c.tryStart(); j < c.tryEnd() && j < events.size(); j++) {
            Event e = events.get(j);
            if (e instanceof Event.Throw) {
                return true;
            }
            List<MethodInfo> targets = e instanceof Event.Call || e instanceof Event.NewObject
                    ? program.callGraph().targets(body, j) : List.of();
            if (e instanceof Event.Call call) {
                Set<MethodTrait> traits = program.traits(body, call);
                if (traits.contains(MethodTrait.FAILS) || traits.contains(MethodTrait.BLOCKING_IO)
                        || traits.contains(MethodTrait.INTERRUPTIBLE) || runsUnseenCode(targets)
                        || declaredChecked(program, targets) != null) {
                    return true;
                }
            }
            for (MethodInfo target : targets) {
                if (depth == 0 || !CallTargetFinder.abstractMethod(target)
                        && failure(inner, target, null, depth - 1, false, Set.of()) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A task body that loops until a condition ends it ({@code while}, {@code do}: not a walk over a
     * collection) and goes on round its loop after the failures it names (a renewal loop that catches
     * {@code IOException} and retries): any other failure ends the loop, which the task's author meant to
     * keep running; the place of the first such catch, or {@code null}.
     */
    private static Failure survivesOnly(MethodInfo body) {
        for (CatchClause c : body.facts().catches()) {
            Loop.Kind kind = c.loop() >= 0 ? body.facts().loops().get(c.loop()).kind() : null;
            if ((kind == Loop.Kind.WHILE || kind == Loop.Kind.DO)
                    && (c.exit() == CatchClause.Exit.NORMAL || c.exit() == CatchClause.Exit.CONTINUE)
                    && CATCH_ALL.stream().noneMatch(c::catches) && !interruptOnly(c)) {
                String names = String.join("`, `", c.types().stream().map(t -> t.simpleName()).toList());
                return new Failure(body, c.pos(), "the task's loop catches `" + names
                        + "` to go on, but any other exception ends it");
            }
        }
        return null;
    }

    /**
     * Whether the catch takes only {@code InterruptedException}: it handles a request to stop (or swallows
     * one), not a failure of the work the loop retries.
     */
    private static boolean interruptOnly(CatchClause c) {
        return c.types().size() == 1 && c.catches(CaughtInterrupts.INTERRUPTED);
    }

    /** Whether event {@code i} is in the try of a catch that takes any exception (not in a handler: it may rethrow). */
    private static boolean caughtAll(MethodInfo m, int i) {
        for (CatchClause c : m.facts().catches()) {
            if (c.inTry(i) && CATCH_ALL.stream().anyMatch(c::catches)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the call runs code the program does not contain: a method of one of the program's own types
     * that nothing in the program implements (a plug-in interface its users implement). A functional
     * interface (one abstract method) is not one, nor a library's ({@code Supplier.get}): the program's
     * lambdas, which calls are not followed to, may be what it runs.
     */
    private static boolean runsUnseenCode(List<MethodInfo> targets) {
        return !targets.isEmpty() && targets.stream().allMatch(t -> CallTargetFinder.abstractMethod(t)
                && !(t.owner().isInterface() && t.owner().methods().stream().filter(CallTargetFinder::abstractMethod).count() == 1));
    }

    /** The type of a thrown new object: the program's class, or the library's name as written. */
    private static String thrownType(Program program, Value.NewValue n, MethodInfo m) {
        String resolved = program.resolveType(n.type(), m.owner());
        return resolved != null ? resolved : n.type().name();
    }

    /**
     * A checked exception an abstract method the call may run declares ({@code void export(String t)
     * throws Exception} of a plug-in interface): its implementations, whatever they are, may throw it;
     * {@code null} when none declares one.
     */
    private static String declaredChecked(Program program, List<MethodInfo> targets) {
        for (MethodInfo t : targets) {
            if (!CallTargetFinder.abstractMethod(t)) {
                continue;
            }
            for (String written : t.facts().thrown()) {
                String type = program.resolveType(written, t.owner());
                if (!unchecked(program, type != null ? type : written)) {
                    return Describe.simple(written);
                }
            }
        }
        return null;
    }

    /** Whether the exception type is unchecked: it, or the first library class its superclasses reach, is one. */
    private static boolean unchecked(Program program, String type) {
        String t = type;
        for (int steps = 0; t != null && steps < 16; steps++) {
            TypeInfo info = program.type(t);
            if (info == null) {
                // the group names the JDK's own unchecked exceptions: a library's namesake (jakarta.jms's
                // IllegalStateException, a JMSException) may be checked
                return (!t.contains(".") || t.startsWith("java.")) && program.knowledge().inGroup(NameGroup.UNCHECKED_EXCEPTION, Describe.simple(t));
            }
            t = info.superclass();
        }
        return false;
    }

    /** The simple names of the exception types the catches whose try holds event {@code i} take. */
    private static Set<String> caughtAt(MethodInfo m, int i) {
        Set<String> names = null;
        for (CatchClause c : m.facts().catches()) {
            if (c.inTry(i)) {
                names = names == null ? new HashSet<>() : names;
                for (var type : c.types()) {
                    names.add(type.simpleName());
                }
            }
        }
        return names == null ? Set.of() : names;
    }

    private static Set<String> plus(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return a;
        }
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Whether an exception of type {@code thrown} is taken by a catch of one of the named types (or of a supertype the program declares). */
    private static boolean caughtBy(Program program, String thrown, Set<String> outer, Set<String> here) {
        if (outer.isEmpty() && here.isEmpty()) {
            return false;
        }
        String t = thrown;
        for (int steps = 0; t != null && steps < 16; steps++) {
            String simple = Describe.simple(t);
            if (outer.contains(simple) || here.contains(simple)) {
                return true;
            }
            TypeInfo info = program.type(t);
            t = info == null ? null : info.superclass();
        }
        return false;
    }

    /**
     * Whether every call the body makes (and every object it creates) is inside a try whose catch takes
     * any exception, or goes to program code that does so itself, or ends the process (what it throws
     * then is not lost in a future), or cannot throw (a total function: {@code System.nanoTime},
     * {@code LongAdder.sum}).
     */
    static boolean catchesEverything(Program program, MethodInfo body, int depth) {
        List<Event> events = body.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!(e instanceof Event.Call || e instanceof Event.NewObject) || covered(body, i)
                    || e instanceof Event.Call call && (program.traits(body, call).contains(MethodTrait.EXITS)
                    || program.traits(body, call).contains(MethodTrait.TOTAL))) {
                continue;
            }
            List<MethodInfo> targets = e instanceof Event.Call ? program.callGraph().targets(body, i) : List.of();
            // A target without code here (abstract, an interface's) may throw anything.
            if (depth == 0 || targets.isEmpty() || !targets.stream().allMatch(t -> !CallTargetFinder.abstractMethod(t)
                    && catchesEverything(program, t, depth - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether event {@code i} is in a try whose catch takes any exception, in a handler, or in the finally
     * of a try whose catch takes any exception (its clean-up, after the task handled its failure).
     */
    private static boolean covered(MethodInfo m, int i) {
        for (CatchClause c : m.facts().catches()) {
            if (c.inHandler(i) || (c.inTry(i) || c.inFinally(i)) && CATCH_ALL.stream().anyMatch(c::catches)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the executor the call at {@code index} of {@code m} goes to reports its tasks' failures: every
     * program implementation of the called method wraps the task in failure-handling code before handing
     * it on, or, for a library method, the receiver's program type overrides it or a hook that sees each
     * task's outcome. A receiver of a library type (an {@code ExecutorService} field) counts by the objects
     * it can hold ({@link Sources}): none made by the library, and every one of a program class that does
     * so; where the values cannot all be followed, every class of the program of that type must.
     */
    public static boolean executorReports(Program program, Summaries summaries, MethodInfo m, int index, int taskArg) {
        List<MethodInfo> targets = program.callGraph().targets(m, index);
        if (targets.isEmpty()) {
            Event.Call call = m.facts().callAt(index);
            String type = program.staticType(m, call.receiver()).name();
            if (type == null) {
                return false;
            }
            if (program.type(type) != null) {
                return observes(program, program.type(type), call.name());
            }
            Sources held = summaries.effects().sourcesOf(m, call.receiver());
            if (held.library() || held.reflective() || !held.closures().isEmpty()) {
                return false; // a library executor (Executors.newFixedThreadPool) may be the one
            }
            List<TypeInfo> classes = held.opaque() ? implementations(program, type) : held.types();
            return !classes.isEmpty() && classes.stream().allMatch(t -> observes(program, t, call.name()));
        }
        targets = runOn(program, summaries, m, index, targets);
        boolean any = false;
        for (MethodInfo t : targets) {
            if (CallTargetFinder.abstractMethod(t)) {
                continue;
            }
            if (!wraps(program, t, taskArg, DEPTH)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** What the program shows of the executor a library-typed receiver holds, where it cannot show all of them. */
    public enum Unseen {
        /** The executor is seen well enough: a library one can be there, or none of the program's reports. */
        NO,
        /** Every executor the program hands it reports failures; one from outside the program might not. */
        PROGRAM_REPORTS,
        /** None of its executors can be followed: whether they report failures is not known. */
        UNFOLLOWED
    }

    /**
     * Whether the executor of the call at {@code index} of {@code m}, a receiver of a library type (an
     * {@code ExecutorService} field), is one the program cannot show to lose failures: no executor made by
     * a library reaches it, and either every class of the program it can hold reports failures while
     * others may come from outside (a public constructor's parameter) or through values not followed, or
     * nothing it holds can be followed at all.
     */
    public static Unseen unseenExecutor(Program program, Summaries summaries, MethodInfo m, int index) {
        Event.Call call = m.facts().callAt(index);
        String type = program.staticType(m, call.receiver()).name();
        if (!program.callGraph().targets(m, index).isEmpty() || type == null || program.type(type) != null
                || !program.is(type, TypeTrait.EXECUTOR)) {
            return Unseen.NO;
        }
        Sources held = summaries.effects().sourcesOf(m, call.receiver());
        if (held.library() || held.reflective() || !held.closures().isEmpty()) {
            return Unseen.NO;
        }
        if (held.types().isEmpty()) {
            return held.opaque() ? Unseen.UNFOLLOWED : Unseen.NO;
        }
        return held.types().stream().allMatch(t -> observes(program, t, call.name())) ? Unseen.PROGRAM_REPORTS : Unseen.NO;
    }

    /**
     * The program methods the call at {@code index} of {@code m} may run: its targets, narrowed to those
     * the objects its receiver can hold run when the program tells all of them ({@link Sources}).
     */
    public static List<MethodInfo> runOn(Program program, Summaries summaries, MethodInfo m, int index) {
        return runOn(program, summaries, m, index, program.callGraph().targets(m, index));
    }

    private static List<MethodInfo> runOn(Program program, Summaries summaries, MethodInfo m, int index,
                                          List<MethodInfo> targets) {
        if (targets.size() < 2) {
            return targets;
        }
        Sources held = summaries.effects().sourcesOf(m, m.facts().callAt(index).receiver());
        return held.allKnown() && held.closures().isEmpty() ? dispatched(program, targets, held.types()) : targets;
    }

    /**
     * The targets the call runs on objects of the given classes: for each class, the most derived of the
     * targets it inherits or declares. An empty list when a class runs none of them (the method it runs
     * is a library's, which hands the task on raw).
     */
    private static List<MethodInfo> dispatched(Program program, List<MethodInfo> targets, List<TypeInfo> classes) {
        List<MethodInfo> result = new java.util.ArrayList<>();
        for (TypeInfo c : classes) {
            MethodInfo runs = null;
            for (MethodInfo t : targets) {
                boolean inherited = t.owner() == c || program.isSubtype(c.name(), t.owner().name());
                if (inherited && !CallTargetFinder.abstractMethod(t)
                        && (runs == null || program.isSubtype(t.owner().name(), runs.owner().name()))) {
                    runs = t;
                }
            }
            if (runs == null) {
                return List.of();
            }
            if (!result.contains(runs)) {
                result.add(runs);
            }
        }
        return result;
    }

    /** The program's concrete classes of a library type. */
    private static List<TypeInfo> implementations(Program program, String type) {
        List<TypeInfo> result = new java.util.ArrayList<>();
        for (TypeInfo t : program.types()) {
            if (!t.facts().isAbstract() && program.isSubtype(t.name(), type)) {
                result.add(t);
            }
        }
        return result;
    }

    /** Whether a program type (or a subtype of it in the program) overrides the called method or a task-observing hook. */
    private static boolean observes(Program program, TypeInfo t, String method) {
        if (t == null) {
            return false;
        }
        // What the class inherits from its program superclasses runs on its objects too.
        for (String s : program.supertypes(t.name())) {
            TypeInfo inherited = program.type(s);
            if (inherited != null && !inherited.isInterface() && declares(program, inherited, method)) {
                return true;
            }
        }
        Deque<TypeInfo> work = new ArrayDeque<>(List.of(t));
        Set<TypeInfo> seen = new HashSet<>();
        while (!work.isEmpty()) {
            TypeInfo x = work.poll();
            if (!seen.add(x)) {
                continue;
            }
            if (declares(program, x, method)) {
                return true;
            }
            work.addAll(x.subtypes());
        }
        return false;
    }

    /** Whether {@code x} itself has code for the called method or for a hook that sees each task's outcome. */
    private static boolean declares(Program program, TypeInfo x, String method) {
        for (MethodInfo mi : x.methods()) {
            if (!mi.facts().isAbstract() && !mi.facts().isClosure()
                    && (mi.name().equals(method) || overridesHook(program, x, mi))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overridesHook(Program program, TypeInfo t, MethodInfo mi) {
        for (String s : program.supertypes(t.name())) {
            if (program.type(s) == null
                    && program.methodTraits(s, mi.name(), mi.facts().params().size()).contains(MethodTrait.OBSERVES_TASKS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether method {@code t} hands its parameter {@code p} on only wrapped: passed to a program call or
     * constructor whose code handles failures, whose result goes on; or delegated raw to program methods
     * that wrap it. A raw hand-off to library code, or no hand-off seen, is no.
     */
    private static boolean wraps(Program program, MethodInfo t, int p, int depth) {
        if (p < 0 || p >= t.facts().params().size()) {
            return false;
        }
        String param = t.facts().params().get(p).name();
        List<Event> events = t.facts().events();
        boolean wrapped = false;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            List<Value> args = e instanceof Event.Call c ? c.args() : e instanceof Event.NewObject n ? n.args() : List.of();
            int raw = indexOf(args, param);
            if (raw < 0) {
                continue;
            }
            List<MethodInfo> callees = e instanceof Event.Call ? program.callGraph().targets(t, i)
                    : program.constructors(t, (Event.NewObject) e);
            if (callees.isEmpty()) {
                if (e instanceof Event.Call c && handsOff(program, t, c)) {
                    return false;
                }
                continue;
            }
            if (usedAsValue(events, i) && handlesFailures(program, callees, WRAPPER_DEPTH)) {
                wrapped = true;
            } else if (e instanceof Event.Call) {
                for (MethodInfo callee : callees) {
                    if (!callee.facts().isAbstract() && depth > 0 && !wraps(program, callee, raw, depth - 1)) {
                        return false;
                    }
                }
                wrapped |= depth > 0;
            }
        }
        return wrapped;
    }

    private static boolean handsOff(Program program, MethodInfo m, Event.Call c) {
        var traits = program.traits(m, c);
        return traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.STAGE);
    }

    /** Whether the result of event {@code i} is used (passed on, stored, returned), which a wrapper's is. */
    private static boolean usedAsValue(List<Event> events, int i) {
        return !(events.get(i) instanceof Event.Call c && c.resultIgnored()
                || events.get(i) instanceof Event.NewObject n && n.resultIgnored());
    }

    private static int indexOf(List<Value> args, String param) {
        for (int a = 0; a < args.size(); a++) {
            AccessPath path = args.get(a).pathOrNull();
            if (path != null && !path.isField() && path.root() == AccessPath.Root.PARAM && path.rootName().equals(param)) {
                return a;
            }
        }
        return -1;
    }

    /**
     * Whether the code of these methods, or code they reach with the task (calls passing their parameters
     * on, closures, the classes they create), catches any exception.
     */
    private static boolean handlesFailures(Program program, List<MethodInfo> methods, int depth) {
        Set<MethodInfo> seen = new HashSet<>();
        Deque<MethodInfo> work = new ArrayDeque<>(methods);
        Deque<Integer> depths = new ArrayDeque<>();
        methods.forEach(x -> depths.add(depth));
        while (!work.isEmpty()) {
            MethodInfo m = work.poll();
            int d = depths.poll();
            if (!seen.add(m)) {
                continue;
            }
            for (CatchClause c : m.facts().catches()) {
                if (CATCH_ALL.stream().anyMatch(c::catches)) {
                    return true;
                }
            }
            if (d == 0) {
                continue;
            }
            for (var s : program.callGraph().callsFrom(m)) {
                // Follow the task: calls it is passed on to (as a parameter of this method), closures run here.
                Event at = m.facts().eventAt(s.event());
                if (s.target().facts().isClosure() || at instanceof Event.Call c && c.args().stream()
                        .anyMatch(a -> a.pathOrNull() != null && a.pathOrNull().root() == AccessPath.Root.PARAM)) {
                    work.add(s.target());
                    depths.add(d - 1);
                }
            }
            for (MethodInfo nested : program.nestedIn(m)) {
                work.add(nested);
                depths.add(d - 1);
            }
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof Event.NewObject n) {
                    String type = n.anonymousType().isEmpty() ? program.resolveType(n.type(), m.owner()) : n.anonymousType();
                    TypeInfo created = type == null ? null : program.type(type);
                    if (created != null && !program.is(type, TypeTrait.EXECUTOR)) {
                        for (MethodInfo x : created.methods()) {
                            work.add(x);
                            depths.add(d - 1);
                        }
                    }
                }
            }
        }
        return false;
    }
}
