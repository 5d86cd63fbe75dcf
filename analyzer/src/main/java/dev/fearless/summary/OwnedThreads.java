package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.FileFacts;
import dev.fearless.facts.Event;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
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

/**
 * The methods that are the outermost frame of a thread: the body of a thread the program creates for
 * it (a {@code Thread} subclass's {@code run}, a task given to {@code new Thread(...)} or to a thread
 * factory, directly or through a program method that passes it on), and the body of a task handed to a
 * pool, a timer or an async stage. Also which methods run only on a thread the program owns: a
 * dedicated thread's body, the closures it runs in place, and internal methods only such code calls.
 * When a root returns, its thread (or its task) is over: nothing of the program runs above it.
 */
public final class OwnedThreads {

    /** What kind of thread runs a root. */
    public enum Kind {
        /** A thread the program creates for this body: it lives and dies with it. */
        DEDICATED,
        /** A task on a thread the program does not own (a pool's worker, a timer, an async stage). */
        TASK
    }

    private static final String THREAD = "java.lang.Thread";
    private static final String RUNNABLE = "java.lang.Runnable";
    private static final String CALLABLE = "java.util.concurrent.Callable";

    private final Map<MethodInfo, Kind> roots;
    private final Set<MethodInfo> owned;
    /** By file, the fields its code stores {@code Thread.currentThread()} in and also calls {@code interrupt()} on. */
    private final Map<FileFacts, Set<String>> keptThreads;

    private OwnedThreads(Map<MethodInfo, Kind> roots, Set<MethodInfo> owned, Map<FileFacts, Set<String>> keptThreads) {
        this.roots = Collections.unmodifiableMap(roots);
        this.owned = Collections.unmodifiableSet(owned);
        this.keptThreads = Collections.unmodifiableMap(keptThreads);
    }

    /** What kind of thread runs {@code m} as its outermost frame, or {@code null} when {@code m} is no thread's body. */
    public Kind rootKind(MethodInfo m) {
        return roots.get(m);
    }

    /**
     * Whether {@code m} runs only on threads the program created for it: a dedicated thread's body, a
     * closure it runs in place, or an internal method (private, or not visible outside its package) that
     * only such code calls.
     */
    public boolean onOwnedThread(MethodInfo m) {
        return owned.contains(m);
    }

    static OwnedThreads find(Program program) {
        Map<MethodInfo, Set<Integer>> passesOn = threadParams(program);
        Map<MethodInfo, Kind> roots = new IdentityHashMap<>();
        for (TypeInfo t : program.types()) {
            if (!t.isInterface() && program.isSubtype(t.name(), THREAD)) {
                for (MethodInfo run : t.methodsNamed("run")) {
                    if (run.facts().params().isEmpty() && !run.facts().isStatic() && !run.facts().isAbstract()) {
                        roots.put(run, Kind.DEDICATED);
                    }
                }
            }
        }
        for (MethodInfo m : program.methods()) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e instanceof Event.NewObject n && createsThread(program, m, n)) {
                    for (Value a : n.args()) {
                        mark(program, roots, bodies(program, m, a, i), Kind.DEDICATED);
                    }
                    if (!n.anonymousType().isEmpty()) {
                        mark(program, roots, runMethods(program, program.type(n.anonymousType())), Kind.DEDICATED);
                    }
                }
                if (e instanceof Event.NewObject n) {
                    for (MethodInfo c : program.constructors(m, n)) {
                        markPassedOn(program, roots, passesOn.get(c), m, n.args(), i);
                    }
                }
                if (e instanceof Event.Call call) {
                    var traits = program.traits(m, call);
                    Kind kind = traits.contains(MethodTrait.NEW_THREAD) ? Kind.DEDICATED
                            : traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.STAGE) ? Kind.TASK
                            : null;
                    for (Value a : kind == null ? List.<Value>of() : call.args()) {
                        mark(program, roots, bodies(program, m, a, i), kind);
                    }
                    TypeInfo referenced = kind == Kind.TASK ? Entries.referencedTask(program, m, call, traits) : null;
                    if (referenced != null) {
                        mark(program, roots, runMethods(program, referenced), kind);
                    }
                    for (MethodInfo target : program.callGraph().targets(m, i)) {
                        markPassedOn(program, roots, passesOn.get(target), m, call.args(), i);
                    }
                }
            }
        }
        for (MethodInfo m : program.methods()) {
            if (roots.containsKey(m)) {
                continue;
            }
            if (m.facts().isClosure() && m.facts().dispatch() == Dispatch.ELSEWHERE || uncalledTaskBody(program, m)) {
                roots.put(m, Kind.TASK);
            } else if (mainMethod(m)) {
                roots.put(m, Kind.DEDICATED);
            }
        }
        return new OwnedThreads(roots, owned(program, roots), keptThreads(program));
    }

    /**
     * Whether the code running {@code m} keeps its thread to interrupt it itself: {@code m} (or the method
     * it is written in) stores {@code Thread.currentThread()} in a field that code of its file calls
     * {@code interrupt()} on; or {@code m} is not public and a class of its hierarchy does so. The
     * interrupt is then the owner's own signal (a pool thread borrowed for a task's life, an event loop's
     * thread, woken to re-check its state).
     */
    public boolean interruptedByOwner(Program program, MethodInfo m) {
        Set<String> own = new HashSet<>();
        for (MethodInfo x = m; x != null; x = x.closureParent()) {
            storedThreads(program, x, own);
        }
        own.retainAll(keptThreads.getOrDefault(outermost(m.owner()).file(), Set.of()));
        if (!own.isEmpty()) {
            return true;
        }
        if (Modifiers.has(m.facts().modifiers(), Modifiers.PUBLIC)) {
            return false;
        }
        if (!keptThreads.getOrDefault(outermost(m.owner()).file(), Set.of()).isEmpty()) {
            return true;
        }
        for (String s : program.supertypes(m.owner().name())) {
            TypeInfo t = program.type(s);
            if (t != null && !keptThreads.getOrDefault(outermost(t).file(), Set.of()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Map<FileFacts, Set<String>> keptThreads(Program program) {
        Map<FileFacts, Set<String>> stored = new IdentityHashMap<>();
        Map<FileFacts, Set<String>> interrupted = new IdentityHashMap<>();
        for (MethodInfo m : program.methods()) {
            FileFacts file = outermost(m.owner()).file();
            Set<String> names = new HashSet<>();
            storedThreads(program, m, names);
            if (!names.isEmpty()) {
                stored.computeIfAbsent(file, k -> new HashSet<>()).addAll(names);
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Call call && program.traits(m, call).contains(MethodTrait.INTERRUPT)) {
                    String field = fieldRead(m, call.receiver(), 2);
                    if (field != null) {
                        interrupted.computeIfAbsent(file, k -> new HashSet<>()).add(field);
                    }
                }
            }
        }
        Map<FileFacts, Set<String>> result = new IdentityHashMap<>();
        stored.forEach((file, names) -> {
            Set<String> both = new HashSet<>(names);
            both.retainAll(interrupted.getOrDefault(file, Set.of()));
            if (!both.isEmpty()) {
                result.put(file, both);
            }
        });
        return result;
    }

    /** Adds the fields {@code m} stores the current thread in. */
    private static void storedThreads(Program program, MethodInfo m, Set<String> into) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isField()
                    && CaughtInterrupts.currentThread(program, m, fa.value(), 2)) {
                into.add(fa.path().lastField());
            }
        }
    }

    /** The field a value is read from (or is an element of), directly or through a local given it; or null. */
    private static String fieldRead(MethodInfo m, Value v, int depth) {
        Value value = v instanceof Value.Element el ? el.of() : v;
        AccessPath p = value.pathOrNull();
        if (p == null) {
            return null;
        }
        if (p.isField()) {
            return p.lastField();
        }
        if (p.root() != AccessPath.Root.LOCAL || depth == 0) {
            return null;
        }
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                String f = fieldRead(m, la.value(), depth - 1);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static TypeInfo outermost(TypeInfo t) {
        TypeInfo top = t;
        while (top.enclosing() != null) {
            top = top.enclosing();
        }
        return top;
    }

    private static void mark(Program program, Map<MethodInfo, Kind> roots, List<MethodInfo> bodies, Kind kind) {
        for (MethodInfo b : bodies) {
            // A body given to a dedicated thread anywhere is dedicated; a pool task elsewhere does not undo that.
            if (kind == Kind.DEDICATED || !roots.containsKey(b)) {
                roots.put(b, kind);
            }
            // A method reference's closure only calls the method: that method is the body.
            List<Event> events = b.facts().events();
            for (int i = 0; b.facts().isClosure() && i < events.size(); i++) {
                if (events.get(i) instanceof Event.Call call && call.style() == Event.CallStyle.METHOD_REFERENCE) {
                    for (MethodInfo t : program.callGraph().targets(b, i)) {
                        if (kind == Kind.DEDICATED || !roots.containsKey(t)) {
                            roots.put(t, kind);
                        }
                    }
                }
            }
        }
    }

    private static void markPassedOn(Program program, Map<MethodInfo, Kind> roots, Set<Integer> positions,
                                     MethodInfo m, List<Value> args, int index) {
        if (positions == null) {
            return;
        }
        for (int p : positions) {
            if (p < args.size()) {
                mark(program, roots, bodies(program, m, args.get(p), index), Kind.DEDICATED);
            }
        }
    }

    /**
     * The {@code run()} or {@code call()} of a program Runnable or Callable that no program code calls:
     * whatever runs it (a thread or pool outside the program) runs it as a task, and its return ends it.
     */
    private static boolean uncalledTaskBody(Program program, MethodInfo m) {
        var f = m.facts();
        if (f.isStatic() || f.isAbstract() || !f.params().isEmpty() || !(f.name().equals("run") || f.name().equals("call"))
                || !(program.isSubtype(m.owner().name(), RUNNABLE) || program.isSubtype(m.owner().name(), CALLABLE))) {
            return false;
        }
        return program.callGraph().callersOf(m).isEmpty();
    }

    /** {@code public static void main(String[])}: the body of the program's main thread. */
    private static boolean mainMethod(MethodInfo m) {
        var f = m.facts();
        return f.isStatic() && f.name().equals("main") && f.params().size() == 1 && f.params().get(0).type().isArray()
                && Modifiers.has(f.modifiers(), Modifiers.PUBLIC);
    }

    /** Whether {@code new T(...)} creates a thread: T is {@code Thread} or a subclass (an anonymous one too). */
    private static boolean createsThread(Program program, MethodInfo m, Event.NewObject n) {
        String type = n.anonymousType().isEmpty() ? program.resolveType(n.type(), m.owner()) : n.anonymousType();
        return type != null && (type.equals(THREAD) || program.isSubtype(type, THREAD));
    }

    /**
     * For each program method, the positions of the parameters it hands to a new thread as its body:
     * to {@code new Thread(...)}, a thread factory, its {@code super(...)} as a Thread subclass, or to
     * another method that does so.
     */
    private static Map<MethodInfo, Set<Integer>> threadParams(Program program) {
        Map<MethodInfo, Set<Integer>> result = new IdentityHashMap<>();
        Deque<MethodInfo> changed = new ArrayDeque<>();
        Set<MethodInfo> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        for (MethodInfo m : program.methods()) {
            if (m.facts().params().isEmpty()) {
                continue;
            }
            boolean grew = false;
            for (int i = 0; i < m.facts().events().size(); i++) {
                grew |= addThreadParams(program, m, i, result);
            }
            for (int p : startedParams(program, m)) {
                grew |= result.computeIfAbsent(m, k -> new HashSet<>()).add(p);
            }
            if (grew && queued.add(m)) {
                changed.add(m);
            }
        }
        // a method that hands a parameter on makes its callers hand on what they pass there: follow the
        // callers of each method whose set grew, until none does
        while (!changed.isEmpty()) {
            MethodInfo callee = changed.poll();
            queued.remove(callee);
            for (CallSite site : program.callGraph().callersOf(callee)) {
                MethodInfo m = site.caller();
                if (!m.facts().params().isEmpty() && addThreadParams(program, m, site.event(), result)
                        && queued.add(m)) {
                    changed.add(m);
                }
            }
        }
        return result;
    }

    /** Adds the parameters of {@code m} that its event {@code i} hands to a new thread; whether any was new. */
    private static boolean addThreadParams(Program program, MethodInfo m, int i, Map<MethodInfo, Set<Integer>> result) {
        Event e = m.facts().events().get(i);
        List<Value> args = List.of();
        if (e instanceof Event.NewObject n && createsThread(program, m, n)) {
            args = n.args();
        } else if (e instanceof Event.Call call && (call.name().equals("<init>") && call.receiver() instanceof Value.Super
                && program.isSubtype(m.owner().name(), THREAD)
                || program.traits(m, call).contains(MethodTrait.NEW_THREAD))) {
            args = call.args();
        } else if (e instanceof Event.Call call) {
            args = passedOnArgs(call.args(), program.callGraph().targets(m, i), result);
        } else if (e instanceof Event.NewObject n) {
            args = passedOnArgs(n.args(), program.constructors(m, n), result);
        }
        boolean grew = false;
        for (Value a : args) {
            int p = paramIndex(m, a);
            if (p >= 0) {
                grew |= result.computeIfAbsent(m, k -> new HashSet<>()).add(p);
            }
        }
        return grew;
    }

    /**
     * The parameters whose value goes into a thread this method starts: passed to calls (whatever they
     * are, statically imported helpers included) whose results lead to a value {@code start()} is called on.
     */
    private static Set<Integer> startedParams(Program program, MethodInfo m) {
        Set<Integer> result = new HashSet<>();
        List<Event> events = m.facts().events();
        for (int p = 0; p < m.facts().params().size(); p++) {
            String name = m.facts().params().get(p).name();
            Set<Integer> derived = new HashSet<>();
            Set<String> locals = new HashSet<>();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                List<Value> args = e instanceof Event.Call c ? c.args() : e instanceof Event.NewObject n ? n.args() : List.of();
                if (args.stream().anyMatch(a -> derivedFrom(a, name, derived, locals))) {
                    derived.add(i);
                }
                if (e instanceof Event.LocalAssign la && derivedFrom(la.value(), name, derived, locals)) {
                    locals.add(la.local());
                }
                if (e instanceof Event.Call c && program.traits(m, c).contains(MethodTrait.STARTS)
                        && derivedFrom(c.receiver(), name, derived, locals)) {
                    result.add(p);
                }
            }
        }
        return result;
    }

    private static boolean derivedFrom(Value v, String param, Set<Integer> derived, Set<String> locals) {
        if (v instanceof Value.CallResult cr) {
            return derived.contains(cr.eventIndex());
        }
        if (v instanceof Value.NewValue nv) {
            return derived.contains(nv.eventIndex());
        }
        AccessPath p = v.pathOrNull();
        return p != null && !p.isField() && (p.root() == AccessPath.Root.PARAM && p.rootName().equals(param)
                || p.root() == AccessPath.Root.LOCAL && locals.contains(p.rootName()));
    }

    private static List<Value> passedOnArgs(List<Value> args, List<MethodInfo> targets, Map<MethodInfo, Set<Integer>> known) {
        List<Value> result = new ArrayList<>();
        for (MethodInfo t : targets) {
            for (int p : known.getOrDefault(t, Set.of())) {
                if (p < args.size()) {
                    result.add(args.get(p));
                }
            }
        }
        return result;
    }

    private static int paramIndex(MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        if (p == null || p.isField() || p.root() != AccessPath.Root.PARAM) {
            return -1;
        }
        return m.facts().paramIndex(p.rootName());
    }

    /**
     * The methods that run as the body of a task given as {@code v} at event {@code index} of {@code m}:
     * a closure, an anonymous class's {@code run}/{@code call}, those of a program class (and its
     * subclasses) for an object of it, or what a local was last given before the call.
     */
    public static List<MethodInfo> bodies(Program program, MethodInfo m, Value v, int index) {
        return bodies(program, m, v, index, 2);
    }

    private static List<MethodInfo> bodies(Program program, MethodInfo m, Value v, int index, int depth) {
        MethodInfo closure = m.closure(v);
        if (closure != null) {
            return List.of(closure);
        }
        if (v instanceof Value.NewValue nv) {
            String type = nv.anonymousType().isEmpty() ? program.resolveType(nv.type(), m.owner()) : nv.anonymousType();
            return runMethods(program, type == null ? null : program.type(type));
        }
        if (v instanceof Value.Choice c) {
            return chosen(program, m, c, index, depth);
        }
        List<MethodInfo> made = v instanceof Value.CallResult cr ? Tasks.madeByFactory(program, m, cr.eventIndex())
                : v instanceof Value.Element el ? Tasks.collected(program, m, el.of()) : List.of();
        if (!made.isEmpty()) {
            return made;
        }
        AccessPath p = v.pathOrNull();
        if (p == null) {
            // a task a program method returns (a factory of its own task class): what its declared type runs
            String type = v instanceof Value.CallResult ? program.staticType(m, v).name() : null;
            return runMethods(program, type == null ? null : program.type(type));
        }
        if (p.isThis()) {
            return runMethods(program, m.owner());
        }
        if (!p.isField() && p.root() == AccessPath.Root.LOCAL && depth > 0) {
            Value last = storedBefore(m, p, index);
            List<MethodInfo> found = last == null ? List.of() : bodies(program, m, last, index, depth - 1);
            if (!found.isEmpty() || !(last instanceof Value.Element)) {
                return found;
            }
            // an element of a collection (a loop variable): what its declared type runs, if a program type
        }
        if (!p.isField() && p.root() == AccessPath.Root.PARAM && depth > 0 && m.facts().isPrivate()) {
            return handedIn(program, m, p.rootName(), depth - 1);
        }
        // what the method itself last stored in its own field before the hand-over (a constructor's task field)
        Value stored = p.isOwnField() && depth > 0 ? storedBefore(m, p, index) : null;
        if (stored != null) {
            return bodies(program, m, stored, index, depth - 1);
        }
        if (p.isField() && depth > 0) {
            var field = program.field(m, p);
            if (field != null && field.facts().isFinal() && field.facts().initializer() instanceof Value.NewValue
                    && !field.owner().methods().isEmpty()) {
                return bodies(program, field.owner().methods().get(0), field.facts().initializer(), 0, depth - 1);
            }
        }
        String type = program.staticType(m, v).name();
        return runMethods(program, type == null ? null : program.type(type));
    }

    /**
     * The code of a task one of several values is ({@code pool.submit(retry ? retryTask : firstTask)}): that
     * of each option; empty when some option's code is not seen.
     */
    private static List<MethodInfo> chosen(Program program, MethodInfo m, Value.Choice c, int index, int depth) {
        List<MethodInfo> all = new java.util.ArrayList<>();
        for (Value option : c.options()) {
            List<MethodInfo> found = bodies(program, m, option, index, depth);
            if (found.isEmpty()) {
                return List.of();
            }
            for (MethodInfo b : found) {
                if (!all.contains(b)) {
                    all.add(b);
                }
            }
        }
        return all;
    }

    /**
     * The tasks every call of private method {@code m} hands it for parameter {@code param}
     * ({@code submit(() -> ...)} into {@code private void submit(Runnable op) { executor.submit(op); }}):
     * empty when some call's task is not seen, or nothing calls it.
     */
    private static List<MethodInfo> handedIn(Program program, MethodInfo m, String param, int depth) {
        int position = m.facts().paramIndex(param);
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (position < 0 || callers.isEmpty()) {
            return List.of();
        }
        List<MethodInfo> result = new ArrayList<>();
        for (CallSite s : callers) {
            if (!(s.caller().facts().eventAt(s.event()) instanceof Event.Call call)
                    || call.style() == Event.CallStyle.METHOD_REFERENCE || position >= call.args().size()) {
                return List.of();
            }
            List<MethodInfo> found = bodies(program, s.caller(), call.args().get(position), s.event(), depth);
            if (found.isEmpty()) {
                return List.of();
            }
            result.addAll(found);
        }
        return result;
    }

    /**
     * The code a thread runs once {@code thread.start()} is called at event {@code index} of {@code m}: for
     * a library thread made with {@code new Thread(task)} (or kept in a local or own field that {@code m}
     * last gave such a thread), the task's bodies; for an object of a program {@code Thread} subclass, its
     * {@code run()}. Empty when the thread's making is not seen.
     */
    public static List<MethodInfo> threadBodies(Program program, MethodInfo m, Value thread, int index) {
        AccessPath p = thread.pathOrNull();
        Value made = p != null && !p.isThis() && (p.isOwnField() || !p.isField() && p.root() == AccessPath.Root.LOCAL)
                ? storedBefore(m, p, index) : thread;
        if (made instanceof Value.NewValue nv && nv.anonymousType().isEmpty()
                && m.facts().eventAt(nv.eventIndex()) instanceof Event.NewObject n) {
            String type = program.resolveType(n.type(), m.owner());
            if (type != null && program.type(type) == null) {
                List<MethodInfo> result = new ArrayList<>();
                for (Value a : n.args()) {
                    result.addAll(bodies(program, m, a, index));
                }
                return result;
            }
        }
        return made == null ? List.of() : bodies(program, m, made, index);
    }

    /** The value {@code m} last stores in the local or own field {@code p} before event {@code index}, or null. */
    private static Value storedBefore(MethodInfo m, AccessPath p, int index) {
        Value last = null;
        List<Event> events = m.facts().events();
        for (int j = 0; j < index && j < events.size(); j++) {
            Event e = events.get(j);
            if (p.isField() ? e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().equals(p)
                    : e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                last = e instanceof Event.FieldAccess fa ? fa.value() : ((Event.LocalAssign) e).value();
            }
        }
        return last;
    }

    /** The task bodies of a program class: its {@code run()} and {@code call()}, inherited or overridden below it. */
    private static List<MethodInfo> runMethods(Program program, TypeInfo t) {
        if (t == null) {
            return List.of();
        }
        List<MethodInfo> result = new ArrayList<>();
        for (String name : List.of("run", "call")) {
            for (MethodInfo x : program.lookup(t, name, 0)) {
                if (!x.facts().isAbstract() && !x.facts().isStatic() && !result.contains(x)) {
                    result.add(x);
                }
            }
        }
        Deque<TypeInfo> work = new ArrayDeque<>(t.subtypes());
        Set<TypeInfo> seen = new HashSet<>();
        while (!work.isEmpty()) {
            TypeInfo s = work.poll();
            if (!seen.add(s)) {
                continue;
            }
            for (MethodInfo x : s.methods()) {
                if ((x.name().equals("run") || x.name().equals("call")) && x.facts().params().isEmpty()
                        && !x.facts().isAbstract() && !x.facts().isStatic() && !result.contains(x)) {
                    result.add(x);
                }
            }
            work.addAll(s.subtypes());
        }
        return result;
    }

    /** The methods that run only on dedicated threads: their bodies, closures run in place, and internal methods only they call. */
    private static Set<MethodInfo> owned(Program program, Map<MethodInfo, Kind> roots) {
        Set<MethodInfo> owned = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<MethodInfo> work = new ArrayDeque<>();
        roots.forEach((m, kind) -> {
            if (kind == Kind.DEDICATED && owned.add(m)) {
                work.add(m);
            }
        });
        Map<MethodInfo, Boolean> internal = new HashMap<>();
        while (!work.isEmpty()) {
            MethodInfo m = work.poll();
            for (CallSite s : program.callGraph().callsFrom(m)) {
                MethodInfo t = s.target();
                if (owned.contains(t) || roots.get(t) == Kind.TASK) {
                    continue;
                }
                boolean inPlace = t.facts().isClosure() && t.facts().dispatch() == Dispatch.HERE && t.closureParent() == m;
                if (inPlace || internal.computeIfAbsent(t, OwnedThreads::internal) && allCallersOwned(program, t, owned)) {
                    owned.add(t);
                    work.add(t);
                }
            }
        }
        return owned;
    }

    private static boolean allCallersOwned(Program program, MethodInfo t, Set<MethodInfo> owned) {
        List<CallSite> callers = program.callGraph().callersOf(t);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite c : callers) {
            if (!owned.contains(c.caller())) {
                return false;
            }
        }
        return true;
    }

    /** A method code outside its package cannot call: private, package-private, or in a type that is not public. */
    private static boolean internal(MethodInfo m) {
        int mods = m.facts().modifiers();
        if (m.facts().isClosure() || m.facts().isInitialization()) {
            return false;
        }
        if (m.facts().isPrivate()) {
            return true;
        }
        boolean visible = Modifiers.has(mods, Modifiers.PUBLIC) || Modifiers.has(mods, Modifiers.PROTECTED);
        for (TypeInfo t = m.owner(); t != null; t = t.enclosing()) {
            if (!Modifiers.has(t.facts().modifiers(), Modifiers.PUBLIC) && !t.isInterface()) {
                return true;
            }
        }
        return !visible && !m.owner().isInterface();
    }
}
