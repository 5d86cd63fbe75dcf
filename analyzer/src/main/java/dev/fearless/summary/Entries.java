package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AnnotationFacts;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds where threads enter the program's code: client-callable methods, and tasks (closures and
 * anonymous classes handed to a thread entry point, Thread bodies, and the {@code run}/{@code call} of
 * program types whose instances are handed to one).
 */
final class Entries {

    /** How many calls up a string-building method is followed to the {@code toString} it serves. */
    private static final int DESCRIBE_DEPTH = 3;

    private Entries() {
    }

    static List<Entry> find(Program program, java.util.Map<MethodInfo, LockSet> inferred, Set<String> spawned,
                            ThreadModel threads) {
        List<Entry> result = new ArrayList<>();
        Set<String> handed = new HashSet<>(spawned);
        handed.addAll(threads.spawnedTypes()); // also those handed on by program methods (a thread factory)
        for (MethodInfo m : program.methods()) {
            ThreadContext context = m.facts().isClosure() && !threads.rootsOf(m).isEmpty() ? ThreadContext.TASK
                    : contextOf(program, m, handed);
            if (context != null) {
                LockSet locks = entryLocks(program, m);
                if (context == ThreadContext.CLIENT) {
                    locks = locks.plusAll(inferred.getOrDefault(m, LockSet.EMPTY));
                }
                result.add(new Entry(m, context, locks, threads.threads(m)));
            }
        }
        return result;
    }

    /** The declared methods (not closures) that other threads start: task and thread bodies. */
    static Set<MethodInfo> taskRoots(Program program, Set<String> spawned) {
        Set<MethodInfo> roots = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (MethodInfo m : program.methods()) {
            if (!m.facts().isClosure() && contextOf(program, m, spawned) == ThreadContext.TASK) {
                roots.add(m);
            }
        }
        return roots;
    }

    private static ThreadContext contextOf(Program program, MethodInfo m, Set<String> spawned) {
        var f = m.facts();
        if (f.isClosure()) {
            return f.dispatch() == Dispatch.ELSEWHERE || f.dispatch() == Dispatch.PARALLEL ? ThreadContext.TASK : null;
        }
        if (f.isInitialization() || f.isAbstract() && f.events().isEmpty() || lifecycleInitializer(m)
                || configuresNew(program, m) || initializerHook(program, m, 0)) {
            return null;
        }
        TypeInfo owner = m.owner();
        boolean taskBody = (f.name().equals("run") || f.name().equals("call") || f.name().equals("compute"))
                && f.params().isEmpty();
        if (taskBody && (spawned.contains(owner.name()) || program.isSubtype(owner.name(), "java.lang.Thread")
                || owner.isAnonymous() && owner.facts().dispatch() == Dispatch.ELSEWHERE)) {
            return ThreadContext.TASK;
        }
        if (owner.isAnonymous() || owner.isLocal()) {
            return owner.facts().dispatch() == Dispatch.ELSEWHERE ? ThreadContext.TASK : null;
        }
        if (f.isPrivate() && !runOnCapturedObject(program, m) || selfHelper(program, m) || f.hasAnnotation("VisibleForTesting")
                || describes(m) || describesFor(program, m)) {
            // Internal methods run as part of their callers (their accesses are charged there, under the
            // callers' locks); test hooks are not called by the program's threads; toString only describes.
            return null;
        }
        return ThreadContext.CLIENT;
    }

    /**
     * Whether a closure calls the method, which takes no parameters, on an object it captured
     * ({@code new Thread(clock::runStepper)}, {@code pool.execute(() -> sim.step())} in the class's own
     * {@code main}): the closure's accesses are
     * to that object, which the closure's own summary cannot name as a field of its own, so the method is
     * an entry of its own, run by the threads that run the closure.
     */
    private static boolean runOnCapturedObject(Program program, MethodInfo m) {
        if (m.facts().isStatic() || !m.facts().params().isEmpty()) {
            return false; // what a closure passes in (a slot's index) decides what the method touches
        }
        for (CallSite s : program.callGraph().callersOf(m)) {
            if (s.caller().facts().isClosure() && s.caller().facts().eventAt(s.event()) instanceof Event.Call call
                    && call.receiver().pathOrNull() != null && call.receiver().pathOrNull().root() == AccessPath.Root.LOCAL
                    && !call.receiver().pathOrNull().isField()) {
                return true;
            }
        }
        return false;
    }

    private static boolean describes(MethodInfo m) {
        return m.name().equals("toString") && m.facts().params().isEmpty();
    }

    /** The types a method that builds a description returns: the text, or the builder holding it. */
    private static final Set<String> TEXT = Set.of("String", "java.lang.String", "StringBuilder",
            "java.lang.StringBuilder", "StringBuffer", "java.lang.StringBuffer");

    /**
     * A method that builds a string only for {@code toString}: it returns a {@code String} (or the
     * {@code StringBuilder} that holds it: {@code toStringBuilder()}) and every call
     * of it in the program is made by a {@code toString()}, or by another such method ({@code
     * toConnectionString()} of a connection's debug text). What it reads only describes, as {@code
     * toString} does.
     */
    private static boolean describesFor(Program program, MethodInfo m) {
        return describesFor(program, m, DESCRIBE_DEPTH);
    }

    private static boolean describesFor(Program program, MethodInfo m, int depth) {
        TypeRef type = m.facts().returnType();
        if (depth == 0 || type == null || !TEXT.contains(type.name())) {
            return false;
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        return !callers.isEmpty() && callers.stream().allMatch(s -> describes(s.caller().declaringMethod())
                || s.caller() == m || describesFor(program, s.caller().declaringMethod(), depth - 1));
    }

    /**
     * An internal method that the program only ever calls on the object itself ({@code helper()},
     * {@code this.helper()}): it runs as part of its callers, which are charged with its accesses under
     * the locks they hold.
     */
    private static boolean selfHelper(Program program, MethodInfo m) {
        if (!internal(m, program)) {
            return false;
        }
        for (CallSite s : program.callGraph().callersOf(m)) {
            TypeInfo from = s.caller().owner();
            if (from != m.owner() && program.isSubtype(m.owner().name(), from.name())) {
                // A superclass's template method calling this override: its accesses to the subclass's
                // own fields are not charged to that caller (FieldUses), so the override is an entry.
                return false;
            }
            if (!(s.caller().facts().events().get(s.event()) instanceof Event.Call call)
                    || !(call.receiver() instanceof Value.Implicit
                    || call.receiver().pathOrNull() != null && call.receiver().pathOrNull().isThis())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lifecycle methods a container calls once, before the object serves other threads, like a
     * constructor: Jetty's {@code doStart}, Spring's {@code afterPropertiesSet}, {@code @PostConstruct},
     * a servlet's {@code init}.
     */
    static boolean lifecycleInitializer(MethodInfo m) {
        var f = m.facts();
        return f.hasAnnotation("PostConstruct") || f.name().equals("doStart") && f.params().isEmpty()
                || f.name().equals("afterPropertiesSet") && f.params().isEmpty()
                || f.name().equals("init") && program(m);
    }

    /**
     * A hook that only lifecycle initializers call, on their own object: Hadoop's {@code serviceInit},
     * which {@code AbstractService.init} calls once before the service starts, or a hook such a hook calls
     * ({@code super.serviceInit(conf)}). It is part of that initialization, not an entry of its own.
     */
    private static boolean initializerHook(Program program, MethodInfo m, int depth) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty() || depth > 2 || m.facts().isStatic()) {
            return false;
        }
        for (CallSite s : callers) {
            MethodInfo c = s.caller();
            if (c.facts().isClosure() || !(c.facts().events().get(s.event()) instanceof Event.Call call)
                    || !call.receiver().isSelf() || !lifecycleInitializer(c) && !initializerHook(program, c, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code m} implements a method its framework calls once on a new object before handing it out
     * (knowledge trait {@code configures-new}: Hadoop's {@code Configurable.setConf}).
     */
    private static boolean configuresNew(Program program, MethodInfo m) {
        var f = m.facts();
        if (f.isStatic() || f.isPrivate()) {
            return false;
        }
        for (String s : program.supertypes(m.owner().name())) {
            if (program.knowledge().methodTraits(s, f.name(), f.params().size()).contains(MethodTrait.CONFIGURES_NEW)) {
                return true;
            }
        }
        return false;
    }

    private static boolean program(MethodInfo m) {
        return m.facts().params().size() <= 1;
    }

    /**
     * Whether the method's callers are (as far as anyone can tell) in the program: non-public methods
     * with callers, and closures run here.
     */
    static boolean internal(MethodInfo m, Program program) {
        if (m.facts().isClosure()) {
            return m.facts().dispatch() == Dispatch.HERE;
        }
        boolean visible = dev.fearless.facts.Modifiers.has(m.facts().modifiers(), dev.fearless.facts.Modifiers.PUBLIC)
                || m.owner().isInterface();
        return !visible && !m.facts().isConstructor() && !m.facts().isInitialization()
                && !program.callGraph().callersOf(m).isEmpty();
    }

    /** Program types whose instances are handed to a thread entry point (executors, new Thread(...)). */
    static Set<String> spawnedTypes(Program program) {
        Set<String> spawned = new HashSet<>();
        for (MethodInfo m : program.methods()) {
            for (Event e : m.facts().events()) {
                List<Value> args = List.of();
                if (e instanceof Event.Call call) {
                    var traits = program.traits(m, call);
                    if (traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.STAGE)) {
                        args = call.args();
                    }
                } else if (e instanceof Event.NewObject n) {
                    String type = program.resolveType(n.type(), m.owner());
                    if (type != null && program.is(type, TypeTrait.THREAD)) {
                        args = n.args();
                    }
                }
                for (Value a : args) {
                    String type = program.staticType(m, a).name();
                    if (type != null && program.type(type) != null) {
                        spawned.add(type);
                        addSubtypes(program.type(type), spawned);
                    }
                }
                TypeInfo referenced = e instanceof Event.Call call ? referencedTask(program, m, call, program.traits(m, call)) : null;
                if (referenced != null) {
                    spawned.add(referenced.name());
                    addSubtypes(referenced, spawned);
                }
            }
        }
        return spawned;
    }

    /**
     * The program type of the task a method reference bound to an executor hands to it with the argument
     * it is called with, which it leaves unnamed ({@code handlers.forEach(executor::submit)}: each handler);
     * {@code null} for any other call.
     */
    static TypeInfo referencedTask(Program program, MethodInfo m, Event.Call call, Set<MethodTrait> traits) {
        if (!call.args().isEmpty() || call.style() != Event.CallStyle.METHOD_REFERENCE
                || call.receiver() instanceof Value.TypeName // Type::method: its first argument is the receiver
                || !traits.contains(MethodTrait.RUNS_ELSEWHERE) && !traits.contains(MethodTrait.STAGE)
                || traits.contains(MethodTrait.CONTINUES)) {
            return null;
        }
        String type = program.referenceArgument(m).name();
        return type == null ? null : program.type(type);
    }

    private static void addSubtypes(TypeInfo t, Set<String> into) {
        for (TypeInfo s : t.subtypes()) {
            if (into.add(s.name())) {
                addSubtypes(s, into);
            }
        }
    }

    /** Locks a method's callers must hold, from {@code @GuardedBy} on the method. */
    private static LockSet entryLocks(Program program, MethodInfo m) {
        LockSet locks = LockSet.EMPTY;
        for (String guard : AnnotationFacts.valuesOf(m.facts().annotations(), "GuardedBy")) {
            LockRef lock = GuardExpressions.resolve(program, m.owner(), guard);
            if (lock != null) {
                locks = locks.plus(lock);
            }
        }
        return locks;
    }
}
