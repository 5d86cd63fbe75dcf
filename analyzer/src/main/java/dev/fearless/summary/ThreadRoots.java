package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Contract;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.AnnotationTrait;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where logical threads enter the program's code, and why. The public API of a class meant to be shared
 * (it locks, has volatile or atomic state, is annotated or documented thread-safe) is called by client
 * threads, a container singleton's by request threads; a method that nothing in the program calls but
 * that code outside can (a public or protected one, an override a library calls) by client threads too,
 * unless its package is one the project keeps for itself ({@link Api#internal}) and no library type it
 * extends can call it: code there is called by the project's own code, through calls the analysis could
 * not resolve (a stream's lambda whose parameter has no written type) or not at all.
 * A task handed to an executor runs on a thread of that hand-off, or on the executor's one thread when
 * it has one ({@link Loops}); a {@code Thread}'s body on its own thread; {@code main} on the main thread.
 * A non-async stage ({@code future.whenComplete(...)}) is no thread of its own: it continues on the
 * thread that completes the future, taken here to be one of the threads that register it.
 */
final class ThreadRoots {

    /** Where a task or thread is started: the event of {@code parent} that hands it over. */
    record Spawn(MethodInfo parent, int event, boolean inLoop) {
    }

    /** How many callers up a hand-over's method is followed to a loop that calls it. */
    private static final int CALLER_LOOP_DEPTH = 2;

    /** How many program methods deep a parameter handed to a thread entry point is followed back. */
    private static final int SPAWNING_ROUNDS = 3;

    private final Map<MethodInfo, ThreadSet> roots = new IdentityHashMap<>();
    private final Map<MethodInfo, List<MethodInfo>> continuations = new IdentityHashMap<>();
    private final Set<MethodInfo> continuation = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Callbacks a framework runs on their own thread whoever asks for them: callers' threads do not reach them. */
    private final Set<MethodInfo> pinned = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<LogicalThread, List<Spawn>> spawns = new HashMap<>();
    /** The program types whose instances are handed to a thread entry point, also through program methods. */
    private final Set<String> spawnedTypes = new HashSet<>();
    /** The parameters each program method hands to a thread entry point, directly or through program methods. */
    private final Map<MethodInfo, Set<Integer>> spawningParams = new IdentityHashMap<>();
    /** The calls made on objects their callers own, shared with {@link SharedThreads}. */
    private final FreshReceivers fresh;

    private ThreadRoots(FreshReceivers fresh) {
        this.fresh = fresh;
    }

    FreshReceivers fresh() {
        return fresh;
    }

    /**
     * Whether {@code m} is an object's finalizer: the JVM runs it on its finalizer thread once no other
     * thread can reach the object, so what it does to the object itself meets no other thread's use (what
     * it does to shared state, a static lock or field, still runs on that thread).
     */
    static boolean finalizer(MethodInfo m) {
        return m.name().equals("finalize") && m.facts().params().isEmpty() && !m.facts().isStatic();
    }

    ThreadSet of(MethodInfo m) {
        return roots.getOrDefault(m, ThreadSet.NONE);
    }

    List<MethodInfo> continuationsOf(MethodInfo parent) {
        return continuations.getOrDefault(parent, List.of());
    }

    /**
     * Whether only {@code m}'s roots run it: a callback of a pipeline handler runs on the handler's
     * event loop, and the framework code that calls it hands the call to that loop when it is not on it.
     */
    boolean isPinned(MethodInfo m) {
        return pinned.contains(m);
    }

    boolean isContinuation(MethodInfo closure) {
        return continuation.contains(closure);
    }

    List<Spawn> spawnsOf(LogicalThread t) {
        return spawns.getOrDefault(t, List.of());
    }

    /** The threads the program starts and where it starts them. */
    Map<LogicalThread, List<Spawn>> spawns() {
        return java.util.Collections.unmodifiableMap(spawns);
    }

    /** The key of the logical thread that the body of {@code type}, a {@code Thread} subclass, runs on. */
    static String threadKey(TypeInfo type) {
        return THREAD_KEY + type.name();
    }

    /** The class whose body the logical thread {@code t} is ({@link #threadKey}), or {@code null}. */
    static String threadClassOf(LogicalThread t) {
        return t.kind() == LogicalThread.Kind.THREAD && t.key().startsWith(THREAD_KEY)
                ? t.key().substring(THREAD_KEY.length()) : null;
    }

    private static final String THREAD_KEY = "thread:";

    /** The key of the logical thread of the clients that call {@code type}'s API. */
    static String clientKey(TypeInfo type) {
        return LogicalThread.CLIENT_KEY + type.name();
    }

    static ThreadRoots find(Program program, Tasks tasks, Loops loops, FieldClosures kept) {
        ThreadRoots r = new ThreadRoots(FreshReceivers.of(program));
        Finder finder = new Finder(program, tasks, loops, r, kept);
        finder.run();
        r.spawnedTypes.addAll(finder.typeSpawns.keySet());
        return r;
    }

    /**
     * Whether the program method {@code m} hands its parameter {@code k} to a thread entry point, directly
     * or through the program methods it calls ({@code void execute(Thread t) { t.start(); }}).
     */
    boolean handsOnParam(MethodInfo m, int k) {
        return spawningParams.getOrDefault(m, Set.of()).contains(k);
    }

    /** The program types whose instances are handed to a thread entry point, directly or through program methods. */
    Set<String> spawnedTypes() {
        return spawnedTypes;
    }

    private static final class Finder {
        private final Program program;
        private final Tasks tasks;
        private final Loops loops;
        private final ThreadRoots into;
        /** Objects kept in fields and run by calls on them: those calls are their methods' callers too. */
        private final FieldClosures kept;
        private final Map<MethodInfo, Tasks.Task> taskOf = new IdentityHashMap<>();
        private final Map<String, List<Spawn>> typeSpawns = new HashMap<>();
        private final Map<String, List<Spawn>> threadSpawns = new HashMap<>();
        /** The program's {@code Thread} subclasses the program itself makes objects of. */
        private final Set<String> madeThreads = new HashSet<>();
        private final Map<TypeInfo, Boolean> shared = new IdentityHashMap<>();
        private UsedTypes used;

        Finder(Program program, Tasks tasks, Loops loops, ThreadRoots into, FieldClosures kept) {
            this.program = program;
            this.kept = kept;
            this.tasks = tasks;
            this.loops = loops;
            this.into = into;
            for (Tasks.Task t : tasks.all()) {
                for (MethodInfo b : t.body()) {
                    if (!(b.facts().isClosure() && b.facts().dispatch() == Dispatch.HERE && b != t.body().get(0))) {
                        taskOf.putIfAbsent(b, t);
                    }
                }
            }
        }

        void run() {
            collectTypeSpawns();
            for (MethodInfo m : program.methods()) {
                ThreadSet root = rootOf(m);
                if (!root.isEmpty()) {
                    into.roots.put(m, root);
                }
            }
        }

        private ThreadSet rootOf(MethodInfo m) {
            MethodFacts f = m.facts();
            if (f.isClosure()) {
                return closureRoot(m);
            }
            if (f.isInitialization() || f.isAbstract() && f.events().isEmpty()) {
                return ThreadSet.NONE;
            }
            if (finalizer(m)) {
                return ThreadSet.of(new LogicalThread(LogicalThread.Kind.THREAD, "finalizer",
                        "the finalizer thread (`" + m.owner().simpleName() + ".finalize`)", m.path(), f.pos()));
            }
            TypeInfo owner = m.owner();
            if (owner.isAnonymous() && (owner.facts().dispatch() == Dispatch.ELSEWHERE
                    || taskOf.containsKey(m) && Tasks.returnedByFactory(m))) {
                Tasks.Task t = taskOf.get(m);
                return t == null ? ThreadSet.NONE : spawned(t.parent(), t.spawn(), t.handoff());
            }
            boolean body = (m.name().equals("run") || m.name().equals("call") || m.name().equals("compute"))
                    && f.params().isEmpty();
            ThreadSet result = ThreadSet.NONE;
            if (body && program.is(owner.name(), TypeTrait.THREAD) && !mayRun(owner)) {
                return ThreadSet.NONE; // the body of a thread nothing makes: dead code, run by no thread
            }
            if (body && program.is(owner.name(), TypeTrait.THREAD)) {
                LogicalThread thread = new LogicalThread(LogicalThread.Kind.THREAD, threadKey(owner),
                        "the thread `" + owner.simpleName() + "`", m.path(), f.pos());
                for (Spawn s : threadSpawns.getOrDefault(owner.name(), List.of())) {
                    List<Spawn> known = into.spawns.computeIfAbsent(thread, k -> new ArrayList<>());
                    if (!known.contains(s)) {
                        known.add(s);
                    }
                }
                result = result.plus(ThreadSet.of(thread));
            } else if (body && typeSpawns.containsKey(owner.name())) {
                for (Spawn s : typeSpawns.get(owner.name())) {
                    result = result.plus(spawned(s.parent(), s.event(), handoff(s.parent(), s.event())));
                }
            }
            if (f.isStatic() && m.name().equals("main") && f.params().size() == 1 && f.params().get(0).type().isArray()) {
                // The program's entry point runs once, on the main thread, not on any number of clients.
                return result.plus(ThreadSet.of(new LogicalThread(LogicalThread.Kind.MAIN, "main:" + owner.name(),
                        "the main thread (`" + owner.simpleName() + ".main`)", m.path(), f.pos())));
            }
            boolean callable = Modifiers.has(f.modifiers(), Modifiers.PUBLIC) || Modifiers.has(f.modifiers(), Modifiers.PROTECTED)
                    || owner.isInterface() && !f.isPrivate();
            boolean uncalled = program.callGraph().callersOf(m).isEmpty() && kept.sitesOf(m).isEmpty();
            boolean threadBody = !result.isEmpty() && result.threads().get(0).kind() != LogicalThread.Kind.MAIN;
            LogicalThread callback = threadBody ? null : loops.callbackLoop(m);
            if (callback != null) {
                into.pinned.add(m);
                return result.plus(ThreadSet.of(callback));
            }
            boolean external = callable && uncalled && !owner.isAnonymous() && !unreachable(m) && outsideCallable(m);
            // A method made visible for tests (@VisibleForTesting, "public for testing") is no API: clients do
            // not call it, the program's own calls give its threads.
            boolean forTests = RaceFields.forTesting(m) && !Api.overridesForClients(program, m);
            if (!threadBody && !forTests && (Api.exported(program, m) && shared(owner) && !setUpOnly(m, uncalled) || external)) {
                result = result.plus(ThreadSet.of(clients(m, external)));
            }
            return result;
        }

        /**
         * Whether the program calls {@code m} only to set up objects it has just made and not yet shared
         * (a builder's {@code withLevel}, a setter called before the object is handed over): every call is
         * made on a receiver its caller has not shared before the call ({@link FreshReceivers#ownedBefore}). Client code is taken to use it
         * the same way, so it is no entry of its own: it runs on its callers' threads, which own the object.
         */
        private boolean setUpOnly(MethodInfo m, boolean uncalled) {
            if (uncalled || m.facts().isStatic()) {
                return false;
            }
            for (CallSite s : program.callGraph().callersOf(m)) {
                if (!into.fresh().ownedBefore(s.caller(), s.event())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether no code outside the program can call {@code m}: a method of a class nested (at some
         * level) as private, or left visible only for tests ({@code @VisibleForTesting}), that overrides no
         * method of its supertypes: program types that declare none of its name and arity, and library types
         * whose every method the knowledge base lists ({@code declares}) without its name. Only calls in the
         * program could reach it, and there are none: it is dead code, not an entry.
         */
        private boolean unreachable(MethodInfo m) {
            boolean hidden = false;
            for (TypeInfo c = m.owner(); c != null; c = c.enclosing()) {
                hidden |= Modifiers.has(c.facts().modifiers(), Modifiers.PRIVATE)
                        || program.knowledge().annotated(c.facts().annotations(), AnnotationTrait.FOR_TESTING);
            }
            return hidden && Api.overridesNothing(program, m);
        }

        /**
         * Whether code outside the program may call {@code m}, which the program does not: it overrides a
         * method such code calls; or its type is one the program never uses (a fragment whose clients are
         * all outside) and is not in a package its project keeps for itself, unless it extends a library
         * type whose code may call it; or the program uses its type and yet code outside can name it
         * ({@link #closedToClients}; never in a kept package). A method of a type the program uses, that
         * nothing outside can name, is dead code.
         */
        private boolean outsideCallable(MethodInfo m) {
            if (Api.overridesForClients(program, m)) {
                return true;
            }
            if (used == null) {
                used = new UsedTypes(program);
            }
            TypeInfo owner = m.owner();
            boolean kept = Api.internal(program, owner);
            if (!used.used(owner)) {
                return !kept || librarySupertype(owner);
            }
            return !kept && !closedToClients(m);
        }

        /** Whether a supertype of {@code t} is a library type (other than {@code Object}), whose code may call its methods. */
        private boolean librarySupertype(TypeInfo t) {
            for (String s : program.supertypes(t.name())) {
                if (program.type(s) == null && !s.equals("java.lang.Object")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether no code outside the program can name {@code m}: its type is not visible outside its
         * package, and neither is any program subtype that inherits it ({@code public}) or that a client
         * could extend to reach it ({@code protected}: a visible subtype that is not final).
         */
        private boolean closedToClients(MethodInfo m) {
            if (Api.exported(m.owner())) {
                return false;
            }
            boolean inheritedByAny = Modifiers.has(m.facts().modifiers(), Modifiers.PUBLIC) || m.owner().isInterface();
            return !program.anySubtype(m.owner(), sub -> Api.exported(sub)
                    && (inheritedByAny || !Modifiers.has(sub.facts().modifiers(), Modifiers.FINAL)));
        }

        private LogicalThread clients(MethodInfo m, boolean external) {
            TypeInfo owner = m.owner();
            if (ConcurrencyEvidence.singleton(program, owner)) {
                return new LogicalThread(LogicalThread.Kind.REQUEST, "request:" + owner.name(),
                        "the request threads of the singleton `" + owner.simpleName() + "`", m.path(), owner.facts().pos());
            }
            return new LogicalThread(external ? LogicalThread.Kind.CLIENT : LogicalThread.Kind.CALLED_CLIENT, clientKey(owner),
                    "client threads calling `" + owner.simpleName() + "`", m.path(), owner.facts().pos());
        }

        private ThreadSet closureRoot(MethodInfo m) {
            Dispatch d = m.facts().dispatch();
            Tasks.Task t = taskOf.get(m);
            // A closure kept in a local and then handed to a thread (Runnable task = () -> ...;
            // new Thread(task).start()), or handed to a method of a program type the extractor could not
            // tell runs it elsewhere (an executor interface of the program's own), is written with no
            // place to run; the hand-over found says where.
            if (d != Dispatch.ELSEWHERE && d != Dispatch.PARALLEL && !(d == Dispatch.UNKNOWN && t != null
                    && (keptInLocal(m) || handedDirectly(m, t) || collectedBy(m, t)
                    || Tasks.returnedByFactory(m)))) {
                return ThreadSet.NONE;
            }
            MethodInfo parent = t != null ? t.parent() : m.closureParent();
            int event = t != null ? t.spawn() : m.facts().siteEvent();
            if (parent == null || event < 0) {
                return ThreadSet.NONE;
            }
            if (parent.facts().eventAt(event) instanceof Event.Call call
                    && loops.methodTraits(parent, call).contains(MethodTrait.CONTINUES)) {
                into.continuation.add(m);
                into.continuations.computeIfAbsent(parent, k -> new ArrayList<>()).add(m);
                return ThreadSet.NONE;
            }
            if (d == Dispatch.PARALLEL) {
                Position at = parent.facts().events().get(event).pos();
                return ThreadSet.of(new LogicalThread(LogicalThread.Kind.PARALLEL, "parallel:" + parent + "@" + at,
                        "the workers of the parallel stream at " + place(parent, at), parent.path(), at));
            }
            ThreadSet result = spawned(parent, event, t != null ? t.handoff() : handoff(parent, event));
            for (Tasks.Again a : t != null ? tasks.againOf(t) : List.<Tasks.Again>of()) {
                result = result.plus(spawned(parent, a.spawn(), a.handoff()));
            }
            return result;
        }

        /** Whether the task found is the closure handed, as written, to the call at its own site. */
        private static boolean handedDirectly(MethodInfo closure, Tasks.Task t) {
            return t.parent() == closure.closureParent() && t.spawn() == closure.facts().siteEvent();
        }

        /**
         * Whether the closure is one of those a collection is made of, in the method that hands the
         * collection's elements over ({@code for (Runnable init : List.of(() -> a(), () -> b())) pool.submit(init)}).
         */
        private static boolean collectedBy(MethodInfo closure, Tasks.Task t) {
            return t.parent() == closure.closureParent() && t.body().contains(closure)
                    && !(t.parent().facts().eventAt(t.spawn()) instanceof Event.Call c && c.args().stream()
                    .anyMatch(a -> t.parent().closure(a) == closure));
        }

        /** Whether the method the closure is written in assigns it to a local ({@code Runnable task = () -> ...}). */
        private static boolean keptInLocal(MethodInfo closure) {
            MethodInfo parent = closure.closureParent();
            if (parent == null) {
                return false;
            }
            for (Event e : parent.facts().events()) {
                if (e instanceof Event.LocalAssign la && la.value() instanceof Value.Closure c
                        && c.closure() >= 0 && c.closure() < parent.owner().methods().size()
                        && parent.owner().method(c.closure()) == closure) {
                    return true;
                }
            }
            return false;
        }

        /** The thread that runs what {@code parent} hands over at {@code event}. */
        private ThreadSet spawned(MethodInfo parent, int event, String handoff) {
            Event e = parent.facts().events().get(event);
            Position at = e.pos();
            LogicalThread thread;
            if (e instanceof Event.Call call && loops.methodTraits(parent, call).contains(MethodTrait.STARTS)) {
                thread = new LogicalThread(LogicalThread.Kind.THREAD, "start:" + parent + "@" + at,
                        "the thread started at " + place(parent, at), parent.path(), at);
            } else {
                LogicalThread loop = e instanceof Event.Call call ? loops.loopOf(parent, call.receiver()) : null;
                if (loop == null && e instanceof Event.Call call) {
                    loop = executorArgumentLoop(parent, call); // runAsync(task, owner): the task runs on `owner`
                }
                if (loop == null && e instanceof Event.Call call && runsOwnLoop(parent, event, call)) {
                    loop = loops.loopOf(parent, Value.PathValue.THIS);
                }
                thread = loop != null ? new LogicalThread(loop.kind(), loop.key(), loop.description()
                        + " (handed a task at " + place(parent, at) + ")", parent.path(), at)
                        : new LogicalThread(LogicalThread.Kind.TASK, "task:" + parent + "@" + at,
                        "the task handed to `" + handoff + "` at " + place(parent, at), parent.path(), at);
            }
            into.spawns.computeIfAbsent(thread, k -> new ArrayList<>())
                    .add(new Spawn(parent, event, e.loop() >= 0 || calledInLoop(parent, CALLER_LOOP_DEPTH)
                            || calledTwiceOnOneObject(parent)));
            return ThreadSet.of(thread);
        }

        /**
         * Whether a caller of {@code m} calls it in a loop, on the one object each time (directly, or
         * through up to {@code depth} callers that call on their own object): each run of the loop hands
         * over its own task for that object ({@code for (...) service.ingest(x)} where {@code ingest}
         * submits one), so several run at once. A loop over objects ({@code for (Service s : services)
         * s.start()}) starts one on each.
         */
        private boolean calledInLoop(MethodInfo m, int depth) {
            if (depth == 0 || m.facts().isClosure()) {
                return false;
            }
            for (CallSite s : program.callGraph().callersOf(m)) {
                MethodInfo caller = s.caller();
                if (caller == m || !(caller.facts().eventAt(s.event()) instanceof Event.Call call)
                        || !oneObjectEachRun(caller, call)) {
                    continue;
                }
                if (call.loop() >= 0 || calledInLoop(caller, depth - 1)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a caller of {@code m} calls it twice on one object, one call after the other in the same
         * block ({@code rebalancer.worker("sweep", ...); rebalancer.worker("top-up", ...);} in {@code main}):
         * each call hands over a task of its own for that object, so two run at once.
         */
        private boolean calledTwiceOnOneObject(MethodInfo m) {
            if (m.facts().isClosure()) {
                return false;
            }
            record Site(MethodInfo caller, int guard, int loop, Value receiver) {
            }
            Set<Site> seen = new HashSet<>();
            for (CallSite s : program.callGraph().callersOf(m)) {
                MethodInfo caller = s.caller();
                if (caller == m || !(caller.facts().eventAt(s.event()) instanceof Event.Call call)
                        || !(call.receiver().isSelf() || call.receiver() instanceof Value.TypeName
                        || call.receiver().pathOrNull() != null)) {
                    continue;
                }
                Value on = call.receiver().isSelf() ? Value.PathValue.THIS : call.receiver();
                if (!seen.add(new Site(caller, call.guard(), call.loop(), on))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the call's receiver is the same object on every run of the loops around it: the caller's
         * own object, a field of it, a type (a static call), or a variable the loop does not assign.
         */
        private static boolean oneObjectEachRun(MethodInfo caller, Event.Call call) {
            Value v = call.receiver();
            if (v.isSelf() || v instanceof Value.TypeName) {
                return true;
            }
            AccessPath p = v.pathOrNull();
            if (p == null) {
                return false;
            }
            if (p.root() == AccessPath.Root.THIS || p.root() == AccessPath.Root.STATIC || call.loop() < 0) {
                return true;
            }
            for (Event e : caller.facts().events()) {
                if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())
                        && VariableUses.loopWithin(caller, call.loop(), la.loop())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The one thread of the executor a call hands its task to as an argument
         * ({@code CompletableFuture.runAsync(task, owner)} with {@code owner} a single-thread executor), or
         * {@code null}.
         */
        private LogicalThread executorArgumentLoop(MethodInfo parent, Event.Call call) {
            for (Value arg : call.args()) {
                String type = program.staticType(parent, arg).name();
                LogicalThread loop = type != null && program.is(type, TypeTrait.EXECUTOR) ? loops.loopOf(parent, arg) : null;
                if (loop != null) {
                    return loop;
                }
            }
            return null;
        }

        /**
         * Whether the task handed over at {@code event} of {@code parent} runs the body of {@code parent}'s
         * own object, an event loop ({@code executor.execute(() -> { thread = currentThread(); this.run(); })}):
         * the thread that runs a loop's {@code run()} is the loop's one thread, whatever executor lends it.
         */
        private boolean runsOwnLoop(MethodInfo parent, int event, Event.Call call) {
            if (parent.facts().isStatic() || call.args().size() != 1 || loops.loopOf(parent, Value.PathValue.THIS) == null) {
                return false;
            }
            for (MethodInfo body : OwnedThreads.bodies(program, parent, call.args().get(0), event)) {
                List<Event> events = body.facts().events();
                for (int i = 0; i < events.size(); i++) {
                    if (events.get(i) instanceof Event.Call c && c.name().equals("run") && c.args().isEmpty()
                            && ownObject(c.receiver()) && program.callGraph().targets(body, i).stream()
                            .anyMatch(t -> program.isSubtype(parent.owner().name(), t.owner().name())
                                    || program.isSubtype(t.owner().name(), parent.owner().name()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** {@code this} or {@code Outer.this}: the object whose code hands the task over, seen from its task. */
        private static boolean ownObject(Value v) {
            AccessPath p = v.pathOrNull();
            return v.isSelf() || p != null && !p.isField() && p.root() == AccessPath.Root.OUTER;
        }

        /** Program types whose instances are handed to a thread entry point, with where. */
        private void collectTypeSpawns() {
            Map<MethodInfo, Set<Integer>> spawning = spawningParams();
            into.spawningParams.putAll(spawning);
            for (MethodInfo m : program.methods()) {
                List<Event> events = m.facts().events();
                for (int i = 0; i < events.size(); i++) {
                    Event e = events.get(i);
                    if (e instanceof Event.NewObject n) {
                        String type = program.resolveType(n.type(), m.owner());
                        if (type != null && program.is(type, TypeTrait.THREAD)) {
                            madeThreads.add(type);
                        }
                        if (type != null && program.is(type, TypeTrait.THREAD) && !handedOn(events, i)) {
                            addThreadSpawn(program.type(type), new Spawn(m, i, e.loop() >= 0));
                        }
                    }
                    for (Value a : handedAt(m, i, spawning)) {
                        for (TypeInfo t : handedTypes(m, a)) {
                            addSpawn(t, new Spawn(m, i, e.loop() >= 0));
                        }
                    }
                    TypeInfo referenced = e instanceof Event.Call call
                            ? Entries.referencedTask(program, m, call, loops.methodTraits(m, call)) : null;
                    if (referenced != null) {
                        addSpawn(referenced, new Spawn(m, i, true)); // called for each element it is handed
                    }
                }
            }
        }

        /**
         * What event {@code i} of {@code m} hands to a thread entry point: the arguments of an executor's
         * or a stage's call, of a thread factory's {@code newThread}, of a new {@code Thread}, or those a
         * program method or constructor it calls hands on in turn ({@code KafkaThread.daemon(name, runnable)}
         * makes a thread of its runnable).
         */
        private List<Value> handedAt(MethodInfo m, int i, Map<MethodInfo, Set<Integer>> spawning) {
            Event e = m.facts().events().get(i);
            List<Value> args = e instanceof Event.Call c ? c.args() : e instanceof Event.NewObject n ? n.args() : List.of();
            if (args.isEmpty()) {
                return List.of();
            }
            if (e instanceof Event.Call call) {
                Set<MethodTrait> traits = loops.methodTraits(m, call);
                if ((traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.STAGE))
                        && !traits.contains(MethodTrait.CONTINUES)) {
                    return args;
                }
                if (program.callGraph().targets(m, i).isEmpty() && program.knowledge()
                        .callTraits(null, call.name(), call.arity()).contains(MethodTrait.UNSTARTED_THREAD)) {
                    return args; // a library thread factory's newThread(task): the thread it makes runs the task
                }
            } else if (e instanceof Event.NewObject n) {
                String type = program.resolveType(n.type(), m.owner());
                if (type != null && program.is(type, TypeTrait.THREAD)) {
                    return args;
                }
            }
            List<Value> handed = new ArrayList<>();
            for (MethodInfo t : program.callGraph().targets(m, i)) {
                for (int k : spawning.getOrDefault(t, Set.of())) {
                    if (k < args.size() && !handed.contains(args.get(k))) {
                        handed.add(args.get(k));
                    }
                }
            }
            return handed;
        }

        /**
         * What {@code handedAt} names, and the thread {@code i} starts when it is a {@code start()} of a
         * thread the method is given ({@code void execute(Thread t) { t.start(); }}).
         */
        private List<Value> handedOrStartedAt(MethodInfo m, int i, Map<MethodInfo, Set<Integer>> spawning) {
            List<Value> handed = handedAt(m, i, spawning);
            if (m.facts().events().get(i) instanceof Event.Call call
                    && loops.methodTraits(m, call).contains(MethodTrait.STARTS)) {
                List<Value> all = new ArrayList<>(handed);
                all.add(call.receiver());
                return all;
            }
            return handed;
        }

        /**
         * The parameters each program method hands to a thread entry point as they are, directly or through
         * the program methods it calls (a factory that makes a thread of its argument), as a fixed point.
         */
        private Map<MethodInfo, Set<Integer>> spawningParams() {
            Map<MethodInfo, Set<Integer>> spawning = new IdentityHashMap<>();
            Collection<MethodInfo> scan = program.methods();
            for (int round = 0; round < SPAWNING_ROUNDS && !scan.isEmpty(); round++) {
                Set<MethodInfo> changed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                for (MethodInfo m : scan) {
                    if (m.facts().params().isEmpty() || m.facts().isClosure()) {
                        continue;
                    }
                    for (int i = 0; i < m.facts().events().size(); i++) {
                        for (Value a : handedOrStartedAt(m, i, spawning)) {
                            AccessPath p = a.pathOrNull();
                            int k = p != null && p.root() == AccessPath.Root.PARAM && !p.isField()
                                    ? m.facts().paramIndex(p.rootName()) : -1;
                            if (k >= 0 && spawning.computeIfAbsent(m, x -> new HashSet<>()).add(k)) {
                                changed.add(m);
                            }
                        }
                    }
                }
                // the next round looks again only at the callers of methods that just gained a parameter
                Set<MethodInfo> callers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                for (MethodInfo m : changed) {
                    for (CallSite s : program.callGraph().callersOf(m)) {
                        callers.add(s.caller());
                    }
                }
                scan = callers;
            }
            return spawning;
        }

        /**
         * The program types of what {@code a} hands over: its static type, or, for a field declared as a
         * library type ({@code Runnable timeoutTask}), the types of the fresh objects it only ever holds
         * (or {@code null}).
         */
        private List<TypeInfo> handedTypes(MethodInfo m, Value a) {
            List<TypeInfo> made = madeTypes(m, a);
            if (made != null) {
                return made;
            }
            String type = program.staticType(m, a).name();
            TypeInfo t = type == null ? null : program.type(type);
            if (t != null) {
                return List.of(t);
            }
            AccessPath p = a.pathOrNull();
            FieldInfo f = p != null && p.fields().size() == 1 ? program.field(m, p) : null;
            if (f == null) {
                return List.of();
            }
            List<TypeInfo> result = new ArrayList<>();
            if (!(f.facts().initializer() instanceof Value.Absent)
                    && !freshType(f.owner(), f.facts().initializer(), result)) {
                return List.of();
            }
            for (MethodInfo w : f.owner().methods()) {
                for (Event e : w.facts().events()) {
                    if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE
                            && fa.path().fields().size() == 1 && fa.path().lastField().equals(f.name())
                            && !freshType(w.owner(), fa.value(), result)) {
                        return List.of();
                    }
                }
            }
            return result;
        }

        /**
         * The classes of the objects a local only ever holds when each is made in the method with
         * {@code new} (an anonymous class's own type, not the type the local is declared with, whose
         * every subclass would otherwise count as handed over); {@code null} when it may hold others.
         */
        private List<TypeInfo> madeTypes(MethodInfo m, Value a) {
            AccessPath p = a.pathOrNull();
            if (p == null || p.root() != AccessPath.Root.LOCAL || p.isField()) {
                return null;
            }
            LocalUses uses = LocalUses.of(program, m, p.rootName());
            List<TypeInfo> result = new ArrayList<>();
            for (Value v : uses.assigned()) {
                if (!(v instanceof Value.NewValue n)) {
                    return null;
                }
                String type = n.anonymousType().isEmpty() ? program.resolveType(n.type(), m.owner()) : n.anonymousType();
                TypeInfo t = type == null ? null : program.type(type);
                if (t == null) {
                    return null;
                }
                result.add(t);
            }
            return result.isEmpty() ? null : result;
        }

        private boolean freshType(TypeInfo from, Value v, List<TypeInfo> into) {
            if (v instanceof Value.Literal l && l.kind() == Value.LiteralKind.NULL) {
                return true; // null hands nothing over
            }
            if (!(v instanceof Value.NewValue n)) {
                return false;
            }
            String type = program.resolveType(n.type(), from);
            TypeInfo t = type == null ? null : program.type(type);
            if (t == null) {
                return false;
            }
            into.add(t);
            return true;
        }

        /**
         * Whether the object made at {@code made} is passed straight to a call or constructor (a thread
         * object given to another as its {@code Runnable}, {@code new Daemon(new Remover())}): that one
         * runs it, it does not start as a thread of its own.
         */
        private static boolean handedOn(List<Event> events, int made) {
            for (int j = made + 1; j < events.size(); j++) {
                List<Value> args = events.get(j) instanceof Event.Call c ? c.args()
                        : events.get(j) instanceof Event.NewObject n ? n.args() : List.of();
                for (Value a : args) {
                    if (a instanceof Value.NewValue nv && nv.eventIndex() == made) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Records where a thread of a program {@code Thread} subclass is made: its {@code run()} (or an
         * inherited one) runs once on each, so two made at once run it twice at once.
         */
        private void addThreadSpawn(TypeInfo t, Spawn s) {
            for (TypeInfo c = t; c != null; c = c.superclass() == null ? null : program.type(c.superclass())) {
                threadSpawns.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(s);
            }
        }

        private void addSpawn(TypeInfo t, Spawn s) {
            List<Spawn> list = typeSpawns.computeIfAbsent(t.name(), k -> new ArrayList<>());
            if (list.contains(s)) {
                return;
            }
            list.add(s);
            for (TypeInfo sub : t.subtypes()) {
                addSpawn(sub, s);
            }
        }

        /**
         * Whether a thread of class {@code t} can exist: the program makes one (of it or of a subclass), or
         * code outside can (the class is visible outside its package). A thread class nothing makes and
         * nothing outside can name is dead code, whose body runs on no thread.
         */
        private boolean mayRun(TypeInfo t) {
            if (t.isAnonymous() || t.isLocal() || Api.exported(t) || madeThreads.contains(t.name())) {
                return true;
            }
            for (TypeInfo s : t.subtypes()) {
                if (mayRun(s)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the type shows it is meant to be shared between threads: it (or a program superclass)
         * locks, has volatile or atomic fields, is annotated or documented thread-safe, or is a singleton.
         */
        private boolean shared(TypeInfo t) {
            Boolean known = shared.get(t);
            if (known != null) {
                return known;
            }
            boolean result = false;
            for (TypeInfo c = t; c != null && !result; c = program.type(c.superclass())) {
                result = c.facts().hasAnnotation("ThreadSafe") || (c.facts().documented() == Contract.THREAD_SAFE
                        || c.facts().documented() == Contract.SHARED)
                        || ConcurrencyEvidence.singleton(program, c) || locks(c) || volatileOrAtomic(c);
            }
            shared.put(t, result);
            return result;
        }

        private static boolean locks(TypeInfo t) {
            for (MethodInfo m : t.methods()) {
                for (Event e : m.facts().events()) {
                    if (e instanceof Event.Acquire) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean volatileOrAtomic(TypeInfo t) {
            for (FieldInfo f : t.fields()) {
                if (f.facts().isStatic()) {
                    continue;
                }
                String type = program.resolveType(f.facts().type(), t);
                if (f.facts().isVolatile() || type != null && program.is(type, TypeTrait.ATOMIC)) {
                    return true;
                }
            }
            return false;
        }

        private static String handoff(MethodInfo parent, int event) {
            Event e = parent.facts().events().get(event);
            if (e instanceof Event.Call call) {
                String receiver = call.receiver() instanceof Value.Implicit ? "" : Describe.value(parent, call.receiver()) + ".";
                return receiver + call.name() + "(...)";
            }
            return "new Thread(...)";
        }
    }

    /** {@code File.java:12}, for messages. */
    static String place(MethodInfo m, Position pos) {
        String path = m.path();
        return path.substring(path.lastIndexOf('/') + 1) + ":" + pos.line();
    }
}
