package dev.fearless.rules.sendsync;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodMatcher;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import dev.fearless.summary.Describe;
import dev.fearless.summary.Effects;
import dev.fearless.summary.LogicalThread;
import dev.fearless.summary.ThreadModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A blocking call (a join or get on a future, a sleep, a blocking queue, a latch...) in code that runs
 * on a shared ForkJoinPool: a CompletableFuture stage or async task without an executor of its own, a
 * parallel stream stage, or a ForkJoinTask's {@code compute()}. Joining a ForkJoinTask's own subtasks,
 * a ManagedBlocker, and joins in a stage that runs after {@code allOf} of the futures are not blocking.
 * Also an untimed wait, in code only a one-thread executor runs, for a task handed to that same
 * executor: a thread-starvation deadlock.
 */
@RuleMeta(family = Family.SENDSYNC, severity = Severity.WARNING,
        summary = "A blocking call inside a CompletableFuture stage, a ForkJoinPool task or a parallel stream, "
                + "or a one-thread executor's (or a fixed pool's) task waiting for another task of that executor.",
        peers = {"intellij:BlockingMethodInNonBlockingContext"})
public final class BlockingInAsync implements MethodMatcher {

    /** How many copies of a local ({@code a = b}, {@code for (f : a)}) a join's future is followed through. */
    private static final int ALIAS_STEPS = 4;

    /** Where a piece of code runs on a shared pool: a description, the place that puts it there, its method. */
    /** {@code allOf}: the variables given to the {@code allOf} the stage is attached to, or {@code null} when it is not. */
    private record Context(String what, MethodInfo method, Position pos, Set<String> allOf) {
    }

    @Override
    public void matchMethod(MethodScope scope) {
        Program program = scope.program();
        MethodInfo m = scope.method();
        Context where = null;
        boolean computed = false;
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            if (!(events.get(i) instanceof Event.Call call)) {
                continue;
            }
            Set<MethodTrait> traits = program.traits(m, call);
            if (!traits.contains(MethodTrait.BLOCKING) || traits.contains(MethodTrait.FORK_JOIN)
                    || traits.contains(MethodTrait.MANAGED_BLOCKER)) {
                continue;
            }
            if (!computed) {
                where = contextOf(program, m);
                computed = true;
            }
            if (where == null) {
                if (traits.contains(MethodTrait.JOIN) && !traits.contains(MethodTrait.TIMED)) {
                    reportOwnLoopWait(scope, call);
                }
                continue;
            }
            StaticType receiver = program.staticType(m, call.receiver());
            if (receiver.name() != null && forkJoinTask(program, receiver.name())) {
                continue;
            }
            if (traits.contains(MethodTrait.JOIN) && completed(program, m, where, call.receiver())) {
                continue;
            }
            if (Effects.seenDone(program, m, i, call) || Effects.settledBefore(program, m, i, call)) {
                continue; // if (f.isDone()) f.join(): the future is complete, the wait returns at once
            }
            String blocking = call.style() == Event.CallStyle.METHOD_REFERENCE
                    ? Describe.value(m, call.receiver()) + "::" + call.name()
                    : Describe.value(m, call.receiver()) + "." + call.name() + "()";
            scope.report(call.pos(), "`" + blocking + "` blocks inside " + where.what() + ": it holds one of "
                    + "the shared pool's few threads while it waits, starving other async work (or deadlocking if "
                    + "what it waits for needs a pool thread); compose with thenCompose/thenCombine, or run blocking "
                    + "work on an executor of its own")
                    .related(where.method(), where.pos(), "this code is run on the shared pool here")
                    .add();
        }
    }

    /**
     * A wait, in code that runs only on a one-thread executor, for the future of a task handed to that
     * same executor ({@code pool.submit(() -> pool.submit(inner).get())}): the inner task can start only
     * once the waiting one ends, so both wait forever (thread-starvation deadlock).
     */
    private static void reportOwnLoopWait(MethodScope scope, Event.Call call) {
        MethodInfo m = scope.method();
        ThreadModel threads = scope.summaries().threads();
        LogicalThread here = threads.threadsAt(m, call.pos()).only();
        boolean onLoop = here != null && here.oneExecutor() && !threads.many(here);
        Value future = call.receiver();
        AccessPath local = future.pathOrNull();
        if (local != null && local.root() == AccessPath.Root.LOCAL && !local.isField()) {
            future = m.facts().onlyAssignment(local.rootName());
        }
        if (future instanceof Value.Element element) {
            future = collected(scope.program(), m, element.of());
        }
        if (!(future instanceof Value.CallResult cr) || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call submit)) {
            return;
        }
        if (!scope.program().traits(m, submit).contains(MethodTrait.RETURNS_FUTURE)) {
            // a method of the program that returns the future of a task it hands over: waited for here
            MethodInfo maker = onlyTarget(scope.program(), m, cr.eventIndex());
            Event.Call inner = maker == null ? null : returnedHandOff(scope.program(), maker);
            if (inner != null) {
                PoolStarvation.report(scope, call, inner, maker);
            }
            return;
        }
        LogicalThread target = threads.loopOf(m, submit.receiver());
        if (target == null) {
            PoolStarvation.report(scope, call, submit, m);
            return;
        }
        if (onLoop ? !target.same(here) : !unplacedTask(scope.program(), m)) {
            return;
        }
        String executor = Describe.value(m, submit.receiver());
        String wait = "`" + Describe.value(m, call.receiver()) + "." + call.name() + "()` waits";
        String message = onLoop
                ? wait + ", on " + here.description() + ", for a task handed to that same executor: it has one "
                        + "thread, busy with this wait, so the task never starts and both wait forever"
                : wait + ", in the task `" + m.owner().simpleName() + "`, for a task handed to "
                        + target.description() + "; the program never hands `" + m.owner().simpleName()
                        + "` to an executor, and handed to that one like the tasks it waits for, it holds the "
                        + "executor's one thread while it waits, so the awaited task never starts and both wait forever";
        scope.report(call.pos(), message + " (thread-starvation deadlock); return or compose the future instead of "
                + "waiting, or hand the inner task to another executor")
                .related(m, submit.pos(), "the awaited task is handed to `" + executor + "` here")
                .add();
    }

    /** The one method of the program the call at {@code index} of {@code m} runs, or {@code null}. */
    private static MethodInfo onlyTarget(Program program, MethodInfo m, int index) {
        List<MethodInfo> targets = program.callGraph().preciseTargets(m, index);
        return targets.size() == 1 ? targets.get(0) : null;
    }

    /**
     * The hand-over whose future {@code maker} returns ({@code return supplyAsync(task, pool);}), when every
     * return of it gives the result of one such call; {@code null} otherwise.
     */
    private static Event.Call returnedHandOff(Program program, MethodInfo maker) {
        Event.Call found = null;
        for (Event e : maker.facts().events()) {
            if (!(e instanceof Event.Return r)) {
                continue;
            }
            if (!(r.value() instanceof Value.CallResult cr) || !(maker.facts().eventAt(cr.eventIndex()) instanceof Event.Call handOff)
                    || !program.traits(maker, handOff).contains(MethodTrait.RETURNS_FUTURE)
                    || found != null && found != handOff) {
                return null;
            }
            found = handOff;
        }
        return found;
    }

    /**
     * The future a local collection walked for its elements was filled with: the submit whose result is
     * added to it ({@code parts.add(pool.submit(...))}), when every addition to it is one, to one receiver;
     * {@code null} otherwise.
     */
    private static Value collected(Program program, MethodInfo m, Value list) {
        AccessPath p = list.pathOrNull();
        if (p == null || p.root() != AccessPath.Root.LOCAL || p.isField()) {
            return null;
        }
        Value found = null;
        Value receiver = null;
        List<Event> events = m.facts().events();
        for (Event e : events) {
            if (!(e instanceof Event.Call add) || !list.equals(add.receiver())
                    || !program.knowledge().inGroup(NameGroup.COLLECTION_INSERT, add.name())) {
                continue;
            }
            if (add.args().size() != 1 || !(add.args().get(0) instanceof Value.CallResult cr)
                    || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call submit)
                    || !program.traits(m, submit).contains(MethodTrait.RETURNS_FUTURE)
                    || receiver != null && !receiver.equals(submit.receiver())) {
                return null;
            }
            found = cr;
            receiver = submit.receiver();
        }
        return found;
    }

    /**
     * Whether {@code m} is the body of a task class ({@code Callable.call}, {@code Runnable.run}) that the
     * program never creates: where it runs is left to code not in the program, and the one-thread
     * executor whose tasks it waits for is the one it is written for.
     */
    private static boolean unplacedTask(Program program, MethodInfo m) {
        TypeInfo owner = m.owner();
        if (m.facts().isStatic() || m.facts().isPrivate() || !m.facts().params().isEmpty() || m.facts().isClosure()
                || owner.isAnonymous() || owner.isLocal()) {
            return false;
        }
        boolean task = false;
        for (String s : program.supertypes(owner.name())) {
            task |= program.type(s) == null
                    && (program.is(s, TypeTrait.RUNNABLE) || program.is(s, TypeTrait.FUNCTIONAL));
        }
        return task && !created(program, owner);
    }

    /** Whether any code of the program makes an instance of {@code type} or of a subclass. */
    private static boolean created(Program program, TypeInfo type) {
        for (TypeInfo t : program.types()) {
            for (MethodInfo c : t.methods()) {
                for (Event e : c.facts().events()) {
                    if (e instanceof Event.NewObject n) {
                        String made = program.resolveType(n.type(), t);
                        if (made != null && program.isSubtype(made, type.name())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Whether (and why) {@code m} runs on a shared ForkJoinPool thread; null when it does not, or cannot be told. */
    private static Context contextOf(Program program, MethodInfo m) {
        MethodInfo c = m;
        while (c.facts().isClosure() && c.facts().dispatch() == Dispatch.HERE && c.closureParent() != null) {
            c = c.closureParent();
        }
        if (c.facts().isClosure()) {
            MethodInfo parent = c.closureParent();
            int site = c.facts().siteEvent();
            if (parent == null || site < 0 || !(parent.facts().eventAt(site) instanceof Event.Call call)) {
                return null;
            }
            if (c.facts().dispatch() == Dispatch.PARALLEL) {
                return new Context("a parallel stream stage", parent, call.pos(), null);
            }
            if (c.facts().dispatch() != Dispatch.ELSEWHERE || !completable(program, parent, call)) {
                return null;
            }
            if (program.knowledge().inGroup(NameGroup.ASYNC, call.name())) {
                return ownExecutor(program, parent, call) ? null
                        : new Context("`" + call.name() + "`'s task, which runs on the common ForkJoinPool", parent,
                                call.pos(), allOfArguments(program, parent, call.receiver()));
            }
            if (upstreamOwnExecutor(program, parent, call.receiver(), 0)) {
                return null;
            }
            return new Context("a `" + call.name() + "` stage, which runs on the thread that completes the future "
                    + "(the common ForkJoinPool for async work)", parent, call.pos(),
                    allOfArguments(program, parent, call.receiver()));
        }
        if (c.facts().params().isEmpty() && !c.facts().isStatic() && forkJoinTask(program, c.owner().name())
                && program.methodTraits(c.owner().name(), c.name(), 0).contains(MethodTrait.TASK_BODY)) {
            return new Context("`" + c.owner().simpleName() + ".compute()`, a ForkJoinTask run by a ForkJoinPool worker",
                    c, c.facts().pos(), null);
        }
        return null;
    }

    /** Whether the call is made on a CompletableFuture or CompletionStage (or is one of its static factories). */
    private static boolean completable(Program program, MethodInfo m, Event.Call call) {
        StaticType t = program.staticType(m, call.receiver());
        return t.name() != null && program.is(t.name(), TypeTrait.COMPLETION_STAGE);
    }

    /** A ForkJoinTask: a future a ForkJoinPool runs (not the pool itself). */
    private static boolean forkJoinTask(Program program, String type) {
        return program.is(type, TypeTrait.FORKJOIN) && program.is(type, TypeTrait.FUTURE);
    }

    /** Whether an async call is given an executor of its own (not the common pool) as its last argument. */
    private static boolean ownExecutor(Program program, MethodInfo m, Event.Call call) {
        if (call.args().isEmpty()) {
            return false;
        }
        Value last = call.args().get(call.args().size() - 1);
        if (last instanceof Value.Closure || last instanceof Value.NewValue nv && !nv.anonymousType().isEmpty()) {
            return false;
        }
        if (last instanceof Value.CallResult cr && cr.eventIndex() >= 0 && cr.eventIndex() < m.facts().events().size()
                && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call source
                && program.traits(m, source).contains(MethodTrait.COMMON_POOL)) {
            return false;
        }
        StaticType t = program.staticType(m, last);
        if (t.name() == null) {
            return true;
        }
        if (program.is(t.name(), TypeTrait.FORKJOIN)) {
            return false;
        }
        return program.is(t.name(), TypeTrait.EXECUTOR);
    }

    /** Whether the future a stage is attached to comes from an async call given an executor of its own. */
    private static boolean upstreamOwnExecutor(Program program, MethodInfo m, Value receiver, int depth) {
        if (depth > 8 || !(receiver instanceof Value.CallResult cr) || cr.eventIndex() < 0
                || cr.eventIndex() >= m.facts().events().size()
                || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call)) {
            return false;
        }
        if (program.knowledge().inGroup(NameGroup.ASYNC, call.name())) {
            return ownExecutor(program, m, call);
        }
        return upstreamOwnExecutor(program, m, call.receiver(), depth + 1);
    }

    /**
     * Whether a join on {@code future} in a stage after {@code allOf} waits for one of its futures: a
     * variable {@code allOf} was given (or whose elements it was given), or a future the code reaches
     * otherwise (an element of a stream over them). A variable {@code allOf} was not given may still run.
     */
    private static boolean completed(Program program, MethodInfo m, Context where, Value future) {
        if (where.allOf() == null) {
            return false;
        }
        AccessPath p = future.pathOrNull();
        if (p == null || p.isField()) {
            return true;
        }
        // for (f : same) f.join(), where same = the array allOf was given: follow the element and the alias
        String name = p.rootName();
        for (int step = 0; step < ALIAS_STEPS && !where.allOf().contains(name); step++) {
            Value source = assignedOnce(m, name);
            if (source instanceof Value.Element element) {
                source = element.of();
            }
            AccessPath from = source == null ? null : source.pathOrNull();
            if (from == null || from.isField()) {
                break;
            }
            name = from.rootName();
        }
        return where.allOf().contains(name) || elementOfGiven(program, m, where, name);
    }

    /**
     * Whether {@code name} is a parameter of the lambda {@code m} that a call over one of the collections
     * {@code allOf} was given calls with its elements ({@code byKey.forEach((k, f) -> f.get())}).
     */
    private static boolean elementOfGiven(Program program, MethodInfo m, Context where, String name) {
        MethodInfo parent = m.closureParent();
        int site = m.facts().siteEvent();
        if (parent == null || site < 0 || m.facts().paramIndex(name) < 0
                || !(parent.facts().eventAt(site) instanceof Event.Call call)
                || !program.traits(parent, call).contains(MethodTrait.ELEMENT_CALLBACK)) {
            return false;
        }
        AccessPath over = call.receiver().pathOrNull();
        return over != null && !over.isField() && where.allOf().contains(over.rootName());
    }

    /** The only value the local {@code name} is given in {@code m} or the methods it is written in. */
    private static Value assignedOnce(MethodInfo m, String name) {
        for (MethodInfo c = m; c != null; c = c.closureParent()) {
            Value v = c.facts().onlyAssignment(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * The variables holding the futures a stage waits for when it is attached to
     * {@code CompletableFuture.allOf(a, b)}: they are complete when it runs, and joining them does not block;
     * {@code null} when the stage is not attached to {@code allOf}.
     */
    private static Set<String> allOfArguments(Program program, MethodInfo m, Value receiver) {
        if (!(receiver instanceof Value.CallResult cr) || cr.eventIndex() < 0 || cr.eventIndex() >= m.facts().events().size()
                || !(m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call)
                || !program.knowledge().anyMethodHas(call.name(), MethodTrait.ALL_OF)) {
            return null;
        }
        Set<String> names = new HashSet<>();
        for (Value v : call.args()) {
            Value given = v;
            // allOf(futures.toArray(...)), allOf(byKey.values().toArray(...)): the collection the calls start from
            for (int step = 0; step < ALIAS_STEPS && given instanceof Value.CallResult made && made.eventIndex() >= 0
                    && m.facts().eventAt(made.eventIndex()) instanceof Event.Call copy; step++) {
                given = copy.receiver();
            }
            AccessPath p = given.pathOrNull();
            if (p != null && !p.isField()) {
                names.add(p.rootName());
            }
        }
        return names;
    }
}
