package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which logical threads can run each method: the {@link ThreadRoots} where threads enter the program's
 * code, carried along the call graph to everything they call (a call made under a check that the caller
 * is on an event loop's own thread runs on that loop), and into the continuations a method registers
 * (a non-async stage runs on the thread that completes its future, not on a thread of its own).
 *
 * <p>Two sets of threads can run at the same time unless both are one and the same logical thread that
 * never runs twice at once: an event loop, a single-thread executor, a dedicated thread, {@code main},
 * or a task handed over at one place by code that itself runs on one thread and not in a loop.
 */
public final class ThreadModel {

    private final Map<MethodInfo, ThreadSet> threads;
    /** The threads of each method for each class of object it runs on. */
    private final BoundedFlow bounded;
    private final ReceiverBounds bounds;
    private final Map<MethodInfo, Map<Integer, LogicalThread>> checked;
    private final ThreadRoots roots;
    private final Map<LogicalThread, Boolean> many = new ConcurrentHashMap<>();
    private final Joins joins;
    private final Loops loops;
    private final FieldClosures fieldClosures;
    private final Instantiations objects;
    private final Program program;
    /** Whether each fork/join task class asked about forks more of its kind ({@link #forksItself}). */
    private final Map<TypeInfo, Boolean> forkingTasks = new ConcurrentHashMap<>();
    /** Which thread classes the program's code may interrupt; made on first use. */
    private volatile ThreadInterrupts interrupts;
    /** Whether each main thread (by key) is one nothing in the program can interrupt. */
    private final Map<String, Boolean> mainsNeverInterrupted = new ConcurrentHashMap<>();

    private ThreadModel(Program program, Map<MethodInfo, ThreadSet> threads, BoundedFlow bounded, ReceiverBounds bounds,
                        Map<MethodInfo, Map<Integer, LogicalThread>> checked, ThreadRoots roots, Loops loops,
                        FieldClosures fieldClosures, Instantiations objects) {
        this.bounds = bounds;
        this.objects = objects;
        this.fieldClosures = fieldClosures;
        this.program = program;
        this.threads = threads;
        this.bounded = bounded;
        this.checked = checked;
        this.roots = roots;
        this.loops = loops;
        this.joins = new Joins(program, this);
    }

    /** The closures objects keep in final fields of their own and run by calling them. */
    FieldClosures fieldClosures() {
        return fieldClosures;
    }

    /** The calls made on objects their callers own, as the thread roots judged them. */
    FreshReceivers freshReceivers() {
        return roots.fresh();
    }

    /**
     * Whether {@code v}, in {@code m}, is what program factories return: a new object each call that nothing
     * else holds yet ({@code builder.build()} whose every implementation returns {@code new ...}).
     */
    public boolean factoryResult(MethodInfo m, Value v) {
        return roots.fresh().factoryResult(m, v);
    }

    static ThreadModel of(Program program, Tasks tasks, ConfinedAnonymous confined, FieldClosures fieldClosures,
                          Instantiations objects) {
        Loops loops = new Loops(program);
        ThreadRoots roots = ThreadRoots.find(program, tasks, loops, fieldClosures);
        Map<MethodInfo, Map<Integer, LogicalThread>> checked = new IdentityHashMap<>();
        for (MethodInfo m : program.methods()) {
            Map<Integer, LogicalThread> events = loops.checkedEvents(m);
            if (!events.isEmpty()) {
                checked.put(m, events);
            }
        }
        BoundedFlow flow = new BoundedFlow();
        ReceiverBounds bounds = new ReceiverBounds(program);
        for (MethodInfo m : program.methods()) {
            if (objects.mayRun(m)) {
                flow.add(m, m.owner(), roots.of(m));
            }
        }
        for (BoundedFlow.State state = flow.poll(); state != null; state = flow.poll()) {
            MethodInfo m = state.method();
            ThreadSet here = flow.at(state);
            Map<Integer, LogicalThread> onLoop = checked.getOrDefault(m, Map.of());
            for (CallSite s : program.callGraph().callsFrom(m)) {
                ConfinedAnonymous.Creation made = confined.creationOf(s.target());
                TypeInfo bound = bounds.of(m, state.bound(), s);
                if (bound != null && !roots.isPinned(s.target()) && (made == null || ConfinedAnonymous.within(m, s.target()))
                        && objects.mayRun(s.target())) {
                    flow.add(s.target(), bound, contribution(here, onLoop, s.event()));
                }
            }
            for (TypeInfo anonymous : confined.createdIn(m)) {
                // its methods run only inside the calls made here on the instance: on this method's threads
                for (int call : confined.creationOf(anonymous).calls()) {
                    for (MethodInfo t : anonymous.methods()) {
                        if (!t.facts().isInitialization() && !t.facts().isClosure() && !roots.isPinned(t)) {
                            flow.add(t, t.owner(), contribution(here, onLoop, call));
                        }
                    }
                }
            }
            for (Map.Entry<Integer, List<MethodInfo>> run : fieldClosures.runBy(m).entrySet()) {
                for (MethodInfo c : run.getValue()) {
                    if (!roots.isPinned(c)) {
                        flow.add(c, c.owner(), contribution(here, onLoop, run.getKey())); // a kept closure runs in the call
                    }
                }
            }
            for (MethodInfo c : roots.continuationsOf(m)) {
                flow.add(c, c.owner(), contribution(here, onLoop, c.facts().siteEvent()));
            }
        }
        Map<MethodInfo, ThreadSet> threads = flow.unions();
        return new ThreadModel(program, threads, flow, bounds, checked, roots, loops, fieldClosures, objects);
    }

    private static ThreadSet contribution(ThreadSet here, Map<Integer, LogicalThread> onLoop, int event) {
        LogicalThread loop = onLoop.get(event);
        return loop != null ? ThreadSet.of(loop) : here;
    }

    /** Whether the program method {@code m} hands its parameter {@code k} to a thread entry point. */
    boolean handsOnParam(MethodInfo m, int k) {
        return roots.handsOnParam(m, k);
    }

    /** The program types whose instances are handed to a thread entry point, directly or through program methods. */
    Set<String> spawnedTypes() {
        return roots.spawnedTypes();
    }

    /** The logical threads that can run {@code m}; none when nothing in or outside the program runs it. */
    public ThreadSet threads(MethodInfo m) {
        return threads.getOrDefault(m, ThreadSet.NONE);
    }

    /**
     * The logical threads that run the event of {@code m} at {@code pos}: the event loop when the event
     * is under a check that the caller is on it, else those of the method.
     */
    public ThreadSet threadsAt(MethodInfo m, Position pos) {
        Map<Integer, LogicalThread> onLoop = checked.get(m);
        if (onLoop != null) {
            List<Event> events = m.facts().events();
            for (Map.Entry<Integer, LogicalThread> e : onLoop.entrySet()) {
                if (events.get(e.getKey()).pos().equals(pos)) {
                    return ThreadSet.of(e.getValue());
                }
            }
        }
        return threads(m);
    }

    /**
     * As {@link #threadsAt(MethodInfo, Position)}, for {@code m} run on objects of class {@code bound}
     * ({@link ReceiverBounds}); the same set object when no loop check narrows it at {@code pos}.
     */
    ThreadSet threadsAt(MethodInfo m, TypeInfo bound, Position pos) {
        ThreadSet at = threadsAt(m, pos);
        return at != threads(m) ? at : bounded.at(m, bound);
    }

    /** The classes of object the calls of the program run their targets on. */
    ReceiverBounds bounds() {
        return bounds;
    }

    /** Whether a check that the caller is on an event loop narrows the threads of {@code m} at {@code pos}. */
    boolean narrowed(MethodInfo m, Position pos) {
        return threadsAt(m, pos) != threads(m);
    }

    /** The threads that enter the program's code at {@code m} itself (not through its callers). */
    ThreadSet rootsOf(MethodInfo m) {
        return objects.mayRun(m) ? roots.of(m) : ThreadSet.NONE;
    }

    /** Whether {@code m} may run at all: it is static, or objects that have it may exist ({@link Instantiations}). */
    boolean mayRun(MethodInfo m) {
        return objects.mayRun(m);
    }

    /** Whether only {@code m}'s roots run it, whichever threads its callers run on. */
    boolean pinned(MethodInfo m) {
        return roots.isPinned(m);
    }

    /** The non-async stages {@code m} registers: they continue on the thread that completes the future. */
    java.util.List<MethodInfo> continuationsOf(MethodInfo m) {
        return roots.continuationsOf(m);
    }

    /** Whether {@code closure} is a continuation: it runs on the thread that completes a future, not on its own. */
    public boolean continuation(MethodInfo closure) {
        return roots.isContinuation(closure);
    }

    /**
     * Whether code running on {@code a} and code running on {@code b} can run at the same time: some
     * thread of one meets some thread of the other ({@link #meet}).
     */
    public boolean concurrent(ThreadSet a, ThreadSet b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.more() || b.more()) {
            return true;
        }
        for (LogicalThread x : a.threads()) {
            for (LogicalThread y : b.threads()) {
                if (meet(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether code on {@code x} and code on {@code y} can run at the same time: two logical threads can,
     * one can with itself when it runs several times at once, and two {@code main} threads cannot: each
     * starts a program of its own, in a process of its own (one that calls the other's {@code main} runs
     * it on its own thread).
     */
    public boolean meet(LogicalThread x, LogicalThread y) {
        if (x.same(y)) {
            return many(x);
        }
        return x.kind() != LogicalThread.Kind.MAIN || y.kind() != LogicalThread.Kind.MAIN;
    }

    /**
     * Whether two updates of volatile state, one made on {@code a} by code of class {@code aUpdater} and
     * one on {@code b} by code of {@code bUpdater}, can run at the same time: as {@link #concurrent}, with
     * only the threads that show a second updater ({@link #updaters}).
     */
    public boolean concurrentUpdates(ThreadSet a, TypeInfo aUpdater, ThreadSet b, TypeInfo bUpdater) {
        return concurrent(updaters(a, aUpdater), updaters(b, bUpdater));
    }

    /**
     * The threads of {@code set} that show a second updater of volatile state in code of class
     * {@code updater}: volatile with a plain update is the single-writer design, so clients count only
     * when they call that class's own API (or an enclosing class's, whose code it is), at a method the
     * program does not call itself ({@link LogicalThread.Kind#CALLED_CLIENT} does not count). Clients of
     * another class reach it only through the program's own calls, which the design serializes; the
     * program's threads, tasks and request threads all count. A {@code null} updater lets every client
     * of an uncalled method count (a lock around the other update shows the program expects them to meet).
     */
    public static ThreadSet updaters(ThreadSet set, TypeInfo updater) {
        return set.filter(t -> t.kind() != LogicalThread.Kind.CALLED_CLIENT
                && (t.kind() != LogicalThread.Kind.CLIENT || updater == null || callsApiOf(t, updater)));
    }

    private static boolean callsApiOf(LogicalThread clients, TypeInfo updater) {
        for (TypeInfo c = updater; c != null; c = c.enclosing()) {
            if (clients.key().equals(ThreadRoots.clientKey(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code after} is made after an untimed join of every thread that makes {@code task}, so
     * that all of {@code task}'s runs happen before it ({@link Joins}).
     */
    public boolean joinedBefore(FieldUse task, FieldUse after) {
        return joins.joinedBefore(task, after);
    }

    /**
     * The one thread that runs what {@code executor} (a value of {@code m}) is handed, when it is an event
     * loop or single-thread executor; {@code null} otherwise.
     */
    public LogicalThread loopOf(MethodInfo m, Value executor) {
        return loops.loopOf(m, executor);
    }

    /**
     * Whether the task or thread {@code t} is handed over or started inside a loop: one run of the code
     * that does so starts it several times, on the same objects.
     */
    public boolean spawnedInLoop(LogicalThread t) {
        return roots.spawnsOf(t).stream().anyMatch(ThreadRoots.Spawn::inLoop);
    }

    /**
     * Whether the closure (or local class) {@code closure} is handed over as a task several times on the
     * same objects: where its enclosing method hands it over, that method does so in a loop, or is called
     * in one on one object ({@code for (...) service.ingest(x)} where {@code ingest} submits it). The tasks
     * all see the same {@code this} of that method and run at once.
     */
    public boolean handedRepeatedly(MethodInfo closure) {
        MethodInfo parent = closure.closureParent();
        int site = closure.facts().siteEvent();
        for (LogicalThread t : threads(closure).threads()) {
            for (ThreadRoots.Spawn s : roots.spawnsOf(t)) {
                if (s.parent() == parent && s.event() == site && s.inLoop()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The events of {@code m} that hand over or start one of the threads of {@code set} the program
     * starts ({@code new Thread(this::loop)}, {@code executor.execute(task)}), in order.
     */
    public List<Integer> spawnsIn(ThreadSet set, MethodInfo m) {
        List<Integer> result = new ArrayList<>();
        for (LogicalThread t : set.threads()) {
            if (!started(t)) {
                continue;
            }
            for (ThreadRoots.Spawn s : roots.spawnsOf(t)) {
                if (s.parent() == m && !result.contains(s.event())) {
                    result.add(s.event());
                }
            }
        }
        java.util.Collections.sort(result);
        return result;
    }

    /**
     * The events of {@code m} that start a thread or hand a task to one the program starts, whatever the
     * thread, in order.
     */
    public List<Integer> spawnsBy(MethodInfo m) {
        java.util.SortedSet<Integer> result = new java.util.TreeSet<>();
        for (Map.Entry<LogicalThread, List<ThreadRoots.Spawn>> e : roots.spawns().entrySet()) {
            if (started(e.getKey())) {
                for (ThreadRoots.Spawn s : e.getValue()) {
                    if (s.parent() == m) {
                        result.add(s.event());
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Whether nothing in the program can interrupt the threads that run {@code m}: each is the body of a
     * {@code Thread} subclass no {@code interrupt()} call may reach ({@link ThreadInterrupts}), the process's
     * main thread when no such call's receiver may hold it (the JVM itself never interrupts it), or a pool
     * task, handed over at each of its hand-overs to an executor no use of which interrupts its workers
     * ({@link WorkerInterrupts#never}: a local pool that is only shut down), its future dropped there, so
     * no {@code cancel(true)} reaches it either.
     */
    public boolean neverInterrupted(Program program, MethodInfo m) {
        ThreadSet set = threads(m);
        if (set.isEmpty() || set.more()) {
            return false;
        }
        for (LogicalThread t : set.threads()) {
            if (t.kind() == LogicalThread.Kind.THREAD && ownThreadNeverInterrupted(program, t)
                    || t.kind() == LogicalThread.Kind.MAIN && mainNeverInterrupted(program, t)) {
                continue;
            }
            List<ThreadRoots.Spawn> spawns = ownSpawns(m, t);
            if (spawns.isEmpty()) {
                return false;
            }
            for (ThreadRoots.Spawn s : spawns) {
                if (!futureDropped(s) || !WorkerInterrupts.never(program, s.parent(), s.event())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The hand-overs whose tasks may run {@code m} on the pool thread {@code t}: for a task, where it is
     * handed over; for a single-thread executor's thread, the one that hands over the closure {@code m}
     * is written in, when that is how {@code m} gets there (a pool clears a worker's interrupt between
     * tasks, so another task's {@code cancel(true)} never reaches it), else every hand-over to the executor.
     */
    private List<ThreadRoots.Spawn> ownSpawns(MethodInfo m, LogicalThread t) {
        if (t.kind() == LogicalThread.Kind.TASK) {
            return roots.spawnsOf(t);
        }
        if (t.kind() != LogicalThread.Kind.LOOP) {
            return List.of();
        }
        List<ThreadRoots.Spawn> all = roots.spawnsOf(t);
        for (MethodInfo c = m; c != null && c.facts().isClosure(); c = c.closureParent()) {
            MethodInfo parent = c.closureParent();
            int site = c.facts().siteEvent();
            for (ThreadRoots.Spawn s : all) {
                if (s.parent() == parent && s.event() == site) {
                    return List.of(s);
                }
            }
        }
        return all;
    }

    /**
     * The calls that can interrupt the threads running {@code m}, when {@code m} runs only as tasks handed
     * to executors every call on which is in sight, their futures dropped ({@link WorkerInterrupts}): the
     * program's own {@code shutdownNow} calls. {@code null} when code out of sight may interrupt them.
     */
    List<WorkerInterrupts.Interrupter> workerInterrupters(Program program, MethodInfo m) {
        ThreadSet set = threads(m);
        if (set.isEmpty() || set.more()) {
            return null;
        }
        List<WorkerInterrupts.Interrupter> found = new ArrayList<>();
        for (LogicalThread t : set.threads()) {
            List<ThreadRoots.Spawn> spawns = ownSpawns(m, t);
            if (spawns.isEmpty()) {
                return null;
            }
            for (ThreadRoots.Spawn s : spawns) {
                List<WorkerInterrupts.Interrupter> here = futureDropped(s) ? WorkerInterrupts.interrupters(program, s.parent(), s.event()) : null;
                if (here == null) {
                    return null;
                }
                found.addAll(here);
            }
        }
        return found;
    }

    /**
     * Whether {@code t} is the body of a program {@code Thread} subclass that no code can interrupt
     * ({@link ThreadInterrupts}): no {@code interrupt()} call's receiver may be one of its objects.
     */
    private boolean ownThreadNeverInterrupted(Program program, LogicalThread t) {
        String name = ThreadRoots.threadClassOf(t);
        TypeInfo type = name == null ? null : program.type(name);
        if (type == null || !program.is(type.name(), TypeTrait.THREAD)) {
            return false;
        }
        return !interrupts(program).mayInterrupt(type);
    }

    /**
     * Whether nothing in the program can interrupt the main thread {@code t}: no {@code interrupt()} call's
     * receiver may be a thread the JVM made ({@link ThreadInterrupts#mayInterruptMain}), or no code that
     * runs on {@code t} keeps its own thread ({@code Thread.currentThread()} stored, passed or returned),
     * the only way the program gets hold of a main thread.
     */
    private boolean mainNeverInterrupted(Program program, LogicalThread t) {
        return mainsNeverInterrupted.computeIfAbsent(t.key(), k -> {
            if (!interrupts(program).mayInterruptMain()) {
                return true;
            }
            for (MethodInfo m : program.methods()) {
                ThreadSet set = threads(m);
                if ((set.more() || set.threads().contains(t)) && keepsCurrentThread(program, m)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Whether {@code m} keeps the thread that runs it: the result of {@code Thread.currentThread()} goes anywhere but into a call on it. */
    private static boolean keepsCurrentThread(Program program, MethodInfo m) {
        java.util.function.Predicate<Value> isCurrent = v -> CaughtInterrupts.currentThread(program, m, v, 0);
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && isCurrent.test(la.value())
                    || e instanceof Event.FieldAccess fa && fa.kind().isWrite() && isCurrent.test(fa.value())
                    || e instanceof Event.Call c && c.args().stream().anyMatch(isCurrent)
                    || e instanceof Event.NewObject n && n.args().stream().anyMatch(isCurrent)
                    || e instanceof Event.Return r && isCurrent.test(r.value())) {
                return true;
            }
        }
        return false;
    }

    private ThreadInterrupts interrupts(Program program) {
        ThreadInterrupts known = interrupts;
        if (known == null) {
            known = ThreadInterrupts.of(program);
            interrupts = known;
        }
        return known;
    }

    /**
     * Whether the future of the task handed over at {@code s} is dropped: the call's result is ignored, or
     * it is a method reference's ({@code handlers.forEach(executor::submit)}) handed to a call whose own
     * result is, so the futures it returns go nowhere.
     */
    private static boolean futureDropped(ThreadRoots.Spawn s) {
        if (!(s.parent().facts().eventAt(s.event()) instanceof Event.Call call)) {
            return false;
        }
        if (call.resultIgnored()) {
            return true;
        }
        MethodInfo parent = s.parent().closureParent();
        int site = s.parent().facts().siteEvent();
        return call.style() == Event.CallStyle.METHOD_REFERENCE && parent != null && site >= 0
                && parent.facts().eventAt(site) instanceof Event.Call handedTo && handedTo.resultIgnored();
    }

    /** Whether the program starts {@code t}: a task or thread, not clients, requests or {@code main}. */
    public static boolean started(LogicalThread t) {
        return !t.alwaysMany() && t.kind() != LogicalThread.Kind.MAIN;
    }

    /** Whether one of the threads the program starts runs code of {@code set} from a hand-over inside a loop. */
    public boolean startedInLoop(ThreadSet set) {
        return set.threads().stream().anyMatch(t -> started(t) && spawnedInLoop(t));
    }

    /**
     * Whether threads the program starts run code of {@code set} twice at once: a task handed over in a
     * loop (one run of the loop hands over several), or tasks or threads started at two places. A thread
     * started once per object (in a constructor) runs once on each object, however many objects there are.
     */
    public boolean startedTwiceAtOnce(ThreadSet set) {
        List<ThreadRoots.Spawn> places = new ArrayList<>();
        int unplaced = 0;
        for (LogicalThread t : set.threads()) {
            if (!started(t)) {
                continue;
            }
            List<ThreadRoots.Spawn> spawns = roots.spawnsOf(t);
            if (spawns.isEmpty()) {
                unplaced++;
            }
            for (ThreadRoots.Spawn s : spawns) {
                if (s.inLoop() || forksItsKind(s)) {
                    return true;
                }
                if (!places.contains(s)) {
                    places.add(s);
                }
            }
        }
        if (unplaced > 0) {
            return unplaced + places.size() >= 2;
        }
        return unorderedPair(places);
    }

    /** Whether the hand-over {@code s} gives a pool a fork/join task whose code forks more of its kind. */
    private boolean forksItsKind(ThreadRoots.Spawn s) {
        if (!(s.parent().facts().eventAt(s.event()) instanceof Event.Call call)) {
            return false;
        }
        for (Value a : call.args()) {
            TypeInfo t = a instanceof Value.NewValue nv ? program.type(program.resolveType(nv.type(), s.parent().owner())) : null;
            if (t != null && forksItself(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t} is a fork/join task whose code makes new tasks of its own class and forks them
     * ({@code invokeAll(new ScanTask(from, mid), new ScanTask(mid, to))}): its body then runs on several of
     * the pool's threads at once, one copy per piece of the work.
     */
    boolean forksItself(TypeInfo t) {
        return forkingTasks.computeIfAbsent(t, this::makesAndForksOwnKind);
    }

    private boolean makesAndForksOwnKind(TypeInfo t) {
        if (!Loops.typeHas(program, t.name(), dev.fearless.knowledge.TypeTrait.FORKJOIN)) {
            return false;
        }
        boolean forks = false;
        boolean makesOwn = false;
        for (MethodInfo m : t.methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Call c) {
                    Set<MethodTrait> traits = program.traits(m, c);
                    forks |= traits.contains(MethodTrait.FORKS) || traits.contains(MethodTrait.FORK_JOIN) && !c.args().isEmpty();
                } else if (e instanceof Event.NewObject n) {
                    makesOwn |= t.name().equals(program.resolveType(n.type(), m.owner()));
                }
            }
        }
        return forks && makesOwn;
    }

    /**
     * Whether every thread of {@code set} is one the program starts once on each object, and none twice
     * at once: its place is a constructor, or a step that starts the object's work (a service's
     * {@code serviceStart}), where a monitor thread is made. Its code then runs on one thread at a time.
     */
    public boolean startedOncePerObject(ThreadSet set) {
        if (set.threads().isEmpty() || set.more() || startedTwiceAtOnce(set)) {
            return false;
        }
        for (LogicalThread t : set.threads()) {
            List<ThreadRoots.Spawn> spawns = roots.spawnsOf(t);
            if (!started(t) || spawns.isEmpty()) {
                return false;
            }
            for (ThreadRoots.Spawn s : spawns) {
                MethodInfo at = s.parent().declaringMethod();
                if (!at.facts().isConstructor() && !Lifecycle.startUpOnly(program, at)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether two of the places can have their threads running at once: no join orders them. */
    private boolean unorderedPair(List<ThreadRoots.Spawn> places) {
        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                if (!joinedBetween(places.get(i), places.get(j)) && !joinedBetween(places.get(j), places.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the thread started at {@code first} is joined, in the same method, before {@code second}
     * starts another ({@code t1.start(); t1.join(); t2.start();}): the two never run at once.
     */
    private boolean joinedBetween(ThreadRoots.Spawn first, ThreadRoots.Spawn second) {
        MethodInfo m = first.parent();
        if (m != second.parent() || first.event() >= second.event()) {
            return false;
        }
        List<Event> events = m.facts().events();
        String thread = threadLocal(m, first.event());
        for (int i = first.event() + 1; thread != null && i < second.event(); i++) {
            if (events.get(i) instanceof Event.Call c && c.receiver().pathOrNull() != null
                    && c.receiver().pathOrNull().root() == AccessPath.Root.LOCAL && !c.receiver().pathOrNull().isField()
                    && c.receiver().pathOrNull().rootName().equals(thread)
                    && program.traits(m, c).contains(MethodTrait.JOIN) && !program.traits(m, c).contains(MethodTrait.TIMED)) {
                return true;
            }
        }
        return false;
    }

    /** The local holding the thread a spawn starts: the receiver of {@code t.start()}, or the local a new thread is put in. */
    static String threadLocal(MethodInfo m, int spawn) {
        List<Event> events = m.facts().events();
        if (events.get(spawn) instanceof Event.Call c) {
            AccessPath p = c.receiver().pathOrNull();
            return p != null && p.root() == AccessPath.Root.LOCAL && !p.isField() ? p.rootName() : null;
        }
        for (int i = spawn + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.LocalAssign la && la.value() instanceof Value.NewValue nv
                    && nv.eventIndex() == spawn) {
                return la.local();
            }
        }
        return null;
    }

    /**
     * Whether two hand-overs among the set's threads give them the same object of {@code taskType}: one
     * local or field handed over at two places ({@code new Thread(counter)} twice), so both threads work
     * on its state.
     */
    public boolean sameObjectHandedTwice(ThreadSet set, String taskType) {
        Set<String> handed = new HashSet<>();
        Set<ThreadRoots.Spawn> visited = new HashSet<>();
        for (LogicalThread t : set.threads()) {
            for (ThreadRoots.Spawn s : roots.spawnsOf(t)) {
                if (!visited.add(s)) {
                    continue; // one hand-over reached through two of the set's threads
                }
                MethodInfo parent = s.parent();
                Event e = parent.facts().events().get(s.event());
                List<Value> args = e instanceof Event.Call c ? c.args()
                        : e instanceof Event.NewObject n ? n.args() : List.of();
                Set<String> here = new HashSet<>();
                for (Value a : args) {
                    AccessPath p = a.pathOrNull();
                    String type = p == null ? null : program.staticType(parent, a).name();
                    if (type != null && program.type(type) != null && program.isSubtype(type, taskType)
                            && (p.isField() || p.root() == AccessPath.Root.LOCAL)) {
                        here.add((p.isField() ? "" : parent + "#") + p);
                    }
                }
                for (String h : here) {
                    if (!handed.add(h)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Where the task or thread {@code t} is handed over or started. */
    List<ThreadRoots.Spawn> spawnsOf(LogicalThread t) {
        return roots.spawnsOf(t);
    }

    /** Whether a logical thread can be running twice at the same time (so it races with itself). */
    public boolean many(LogicalThread t) {
        if (t.alwaysMany()) {
            return true;
        }
        if (t.kind() != LogicalThread.Kind.TASK && t.kind() != LogicalThread.Kind.THREAD) {
            return false;
        }
        Boolean known = many.get(t);
        if (known != null) {
            return known;
        }
        boolean result = computeMany(t, Collections.newSetFromMap(new HashMap<>()));
        many.putIfAbsent(t, result);
        return result;
    }

    /**
     * A task or thread started at one place runs several times at once when that place is in a loop,
     * hands a pool a fork/join task that forks more of its kind, is reached by several threads, or by one
     * that itself runs several times at once; not when it is reached only past a one-winner gate
     * ({@code if (started.compareAndSet(false, true)) new Thread(this).start();}): of the threads that get
     * there at once, one starts it ({@link OneWinnerGates}).
     */
    private boolean computeMany(LogicalThread t, Set<LogicalThread> visiting) {
        List<ThreadRoots.Spawn> spawns = roots.spawnsOf(t);
        if (spawns.isEmpty()) {
            return false;
        }
        if (spawns.size() > 1 || !visiting.add(t)) {
            return spawns.size() > 1 && unorderedPair(spawns);
        }
        ThreadRoots.Spawn s = spawns.get(0);
        if (s.inLoop() || forksItsKind(s)) {
            return true;
        }
        if (OneWinnerGates.passed(program, s.parent(), s.event())) {
            return false;
        }
        ThreadSet parent = threadsAt(s.parent(), s.parent().facts().events().get(s.event()).pos());
        if (parent.isEmpty()) {
            return false;
        }
        if (parent.only() == null) {
            return true;
        }
        LogicalThread p = parent.only();
        if (p.same(t)) {
            return false;
        }
        if (p.alwaysMany()) {
            return true;
        }
        return (p.kind() == LogicalThread.Kind.TASK || p.kind() == LogicalThread.Kind.THREAD) && computeMany(p, visiting);
    }
}
