package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import dev.fearless.facts.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The code that runs on virtual threads: the tasks handed to one (through {@code Thread.startVirtualThread},
 * a builder from {@code Thread.ofVirtual()}, an executor from {@code Executors.newVirtualThreadPerTaskExecutor()}
 * or made with a virtual-thread factory, a StructuredTaskScope's {@code fork}), and the program methods
 * they reach through calls, each with one shortest call path from its task. Where a task's threads come
 * from is followed through locals, fields (every value stored in the field must be virtual) and parameters
 * (every caller must pass one); what cannot be told is not virtual.
 */
public final class VirtualThreads {

    /** How far a source is followed through locals, fields, parameters and library calls. */
    private static final int DEPTH = 8;
    private static final String[] TASK_METHODS = {"run", "call"};

    private final List<Root> roots;
    private final Map<MethodInfo, Reach> reach;
    private final List<MethodInfo> reached;

    private VirtualThreads(List<Root> roots, Map<MethodInfo, Reach> reach, List<MethodInfo> reached) {
        this.roots = List.copyOf(roots);
        this.reach = reach;
        this.reached = List.copyOf(reached);
    }

    /**
     * A task that runs on a virtual thread: the method that hands it over, the hand-off event, its body,
     * the hand-off as written, and where its threads are made virtual ({@code source}).
     */
    public record Root(MethodInfo parent, int spawn, List<MethodInfo> body, String handoff, Location source) {

        public Root {
            body = List.copyOf(body);
        }

        /** The hand-off, as a location. */
        public Location spawnLocation() {
            return new Location(parent.path(), parent.facts().events().get(spawn).pos(),
                    "`" + handoff + "` runs the task on a virtual thread");
        }
    }

    /**
     * How a method is reached on a virtual thread: its root, and unless the method is in the root's body,
     * the call (event {@code event} of the caller's reach {@code from}) that leads to it.
     */
    public record Reach(Root root, MethodInfo method, Reach from, int event) {

        /** The hand-off, then each call from the task's body down to {@code method}. */
        public List<Location> path() {
            List<Location> calls = new ArrayList<>();
            for (Reach r = this; r.from() != null; r = r.from()) {
                MethodInfo caller = r.from().method();
                calls.add(new Location(caller.path(), caller.facts().events().get(r.event()).pos(),
                        "calls `" + r.method().display() + "`"));
            }
            Collections.reverse(calls);
            List<Location> result = new ArrayList<>();
            result.add(root.spawnLocation());
            result.addAll(calls);
            return result;
        }
    }

    /** The tasks that run on virtual threads, by parent in program order. */
    public List<Root> roots() {
        return roots;
    }

    /** The methods that may run on a virtual thread, in program order. */
    public List<MethodInfo> methods() {
        return reached;
    }

    /** How {@code m} is reached on a virtual thread, or {@code null} when it is not known to run on one. */
    public Reach reach(MethodInfo m) {
        return reach.get(m);
    }

    static VirtualThreads find(Program program, Tasks tasks) {
        Sources sources = new Sources(program);
        List<Root> roots = new ArrayList<>();
        Set<MethodInfo> inBody = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Tasks.Task t : tasks.all()) {
            Location source = sources.ofSpawn(t.parent(), t.spawn());
            if (source != null) {
                roots.add(new Root(t.parent(), t.spawn(), t.body(), t.handoff(), source));
                inBody.addAll(t.body());
            }
        }
        roots.addAll(taskObjects(program, sources, inBody));
        Map<MethodInfo, Reach> reach = new IdentityHashMap<>();
        Deque<Reach> work = new ArrayDeque<>();
        for (Root r : roots) {
            for (MethodInfo m : r.body()) {
                if (!reach.containsKey(m)) {
                    Reach start = new Reach(r, m, null, -1);
                    reach.put(m, start);
                    work.add(start);
                }
            }
        }
        while (!work.isEmpty()) {
            Reach current = work.poll();
            for (CallSite s : program.callGraph().callsFrom(current.method())) {
                MethodInfo target = s.target();
                if (!reach.containsKey(target) && runsAtTheCall(program, s)) {
                    Reach next = new Reach(current.root(), target, current, s.event());
                    reach.put(target, next);
                    work.add(next);
                }
            }
        }
        List<MethodInfo> reached = new ArrayList<>();
        for (MethodInfo m : program.methods()) {
            if (reach.containsKey(m)) {
                reached.add(m);
            }
        }
        return new VirtualThreads(roots, reach, reached);
    }

    /** Whether the call site certainly runs its target on the calling thread: a precise target, or a closure run here. */
    private static boolean runsAtTheCall(Program program, CallSite s) {
        MethodInfo target = s.target();
        if (target.facts().isClosure()) {
            return target.facts().dispatch() == Dispatch.HERE && target.closureParent() == s.caller();
        }
        return program.callGraph().preciseTargets(s.caller(), s.event()).contains(target);
    }

    /**
     * Program objects handed to a virtual thread ({@code executor.submit(new Handler(socket))}): their
     * {@code run()} or {@code call()} is the task's body. Closures and anonymous classes are tasks already.
     */
    private static List<Root> taskObjects(Program program, Sources sources, Set<MethodInfo> inBody) {
        List<Root> result = new ArrayList<>();
        for (MethodInfo m : program.methods()) {
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                if (!(events.get(i) instanceof Event.Call call)
                        || !program.traits(m, call).contains(MethodTrait.RUNS_ELSEWHERE)) {
                    continue;
                }
                Location source = null;
                boolean looked = false;
                for (Value a : call.args()) {
                    if (a instanceof Value.Closure || a instanceof Value.NewValue nv && !nv.anonymousType().isEmpty()) {
                        continue;
                    }
                    TypeInfo type = program.type(program.staticType(m, a).name());
                    List<MethodInfo> body = type == null || type.isInterface() ? List.of() : taskMethods(program, type);
                    body = body.stream().filter(b -> !inBody.contains(b)).toList();
                    if (body.isEmpty()) {
                        continue;
                    }
                    if (!looked) {
                        source = sources.ofSpawn(m, i);
                        looked = true;
                    }
                    if (source != null) {
                        result.add(new Root(m, i, body, Describe.value(m, call.receiver()) + "." + call.name() + "(...)",
                                source));
                    }
                }
            }
        }
        return result;
    }

    private static List<MethodInfo> taskMethods(Program program, TypeInfo type) {
        List<MethodInfo> result = new ArrayList<>();
        for (String name : TASK_METHODS) {
            for (MethodInfo m : program.lookup(type, name, 0)) {
                if (!m.facts().isAbstract()) {
                    result.add(m);
                }
            }
        }
        return result;
    }

    /** Where a value's threads are made virtual, followed through locals, fields, parameters and library calls. */
    private static final class Sources {

        private final Program program;
        private final Map<FieldInfo, List<Stored>> stores = new IdentityHashMap<>();
        /** Fields and parameters already followed (empty while being followed: a cycle is not virtual). */
        private final Map<Object, Optional<Location>> memo = new HashMap<>();

        Sources(Program program) {
            this.program = program;
        }

        /** A value stored in a field, and the method that stores it. */
        private record Stored(MethodInfo method, Value value) {
        }

        /** Where the threads of the hand-off at event {@code spawn} of {@code m} are made virtual, or {@code null}. */
        Location ofSpawn(MethodInfo m, int spawn) {
            Event.Call call = m.facts().callAt(spawn);
            if (call == null) {
                return null; // a new Thread(...): a platform thread
            }
            if (program.traits(m, call).contains(MethodTrait.VIRTUAL_THREADS)) {
                return source(m, call);
            }
            return of(m, call.receiver(), DEPTH);
        }

        private Location source(MethodInfo m, Event.Call call) {
            String receiver = call.receiver() instanceof Value.Implicit ? "" : Describe.value(m, call.receiver()) + ".";
            return new Location(m.path(), call.pos(), "`" + receiver + call.name() + "()` makes virtual threads");
        }

        Location of(MethodInfo m, Value v, int depth) {
            if (depth == 0) {
                return null;
            }
            if (v instanceof Value.CallResult cr) {
                Event e = m.facts().eventAt(cr.eventIndex());
                if (e instanceof Event.Call call) {
                    if (program.traits(m, call).contains(MethodTrait.VIRTUAL_THREADS)) {
                        return source(m, call);
                    }
                    // A library call on or with a virtual-thread builder, factory or executor (a builder's
                    // setters, factory(), newThreadPerTaskExecutor(factory), a decorating wrapper) keeps its threads.
                    return program.targets(m, call).isEmpty() ? ofAny(m, call.receiver(), call.args(), depth) : null;
                }
                return null;
            }
            if (v instanceof Value.NewValue nv && nv.anonymousType().isEmpty()
                    && m.facts().eventAt(nv.eventIndex()) instanceof Event.NewObject n
                    && program.constructors(m, n).isEmpty()) {
                return ofAny(m, null, n.args(), depth); // new ThreadPoolExecutor(..., virtualFactory)
            }
            AccessPath p = v.pathOrNull();
            if (p == null) {
                return null;
            }
            if (p.isField()) {
                FieldInfo f = program.field(m, p);
                return f == null ? null : memoized(f, () -> all(stored(f), depth));
            }
            if (p.root() == AccessPath.Root.LOCAL) {
                MethodInfo owner = Holdings.declaring(m, p.rootName());
                if (owner == null) {
                    return null;
                }
                List<Stored> values = new ArrayList<>();
                for (Event e : owner.facts().events()) {
                    if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                        values.add(new Stored(owner, la.value()));
                    }
                }
                return all(values, depth);
            }
            if (p.root() == AccessPath.Root.PARAM) {
                return memoized(new Parameter(m, p.rootName()), () -> ofParameter(m, p.rootName(), depth));
            }
            return null;
        }

        /** A parameter of a method, as a memo key. */
        private record Parameter(MethodInfo method, String name) {
        }

        private Location memoized(Object key, Supplier<Location> compute) {
            Optional<Location> known = memo.get(key);
            if (known != null) {
                return known.orElse(null);
            }
            memo.put(key, Optional.empty());
            Location found = compute.get();
            memo.put(key, Optional.ofNullable(found));
            return found;
        }

        private Location ofAny(MethodInfo m, Value receiver, List<Value> args, int depth) {
            Location found = receiver == null ? null : of(m, receiver, depth - 1);
            for (int i = 0; found == null && i < args.size(); i++) {
                if (!(args.get(i) instanceof Value.Closure)) {
                    found = of(m, args.get(i), depth - 1);
                }
            }
            return found;
        }

        /** The source of a parameter when every caller passes virtual threads in it. */
        private Location ofParameter(MethodInfo m, String name, int depth) {
            int index = m.facts().paramIndex(name);
            if (index < 0 || m.facts().varargs() && index == m.facts().params().size() - 1 || m.facts().isClosure()) {
                return null;
            }
            List<Stored> passed = new ArrayList<>();
            for (CallSite s : program.callGraph().callersOf(m)) {
                Event e = s.caller().facts().eventAt(s.event());
                List<Value> args = e instanceof Event.Call c ? c.args() : e instanceof Event.NewObject n ? n.args() : null;
                if (args == null || index >= args.size()) {
                    return null;
                }
                passed.add(new Stored(s.caller(), args.get(index)));
            }
            return all(passed, depth);
        }

        /** The source of the first value, when every value is virtual; {@code null} when one is not, or there is none. */
        private Location all(List<Stored> values, int depth) {
            Location first = null;
            for (Stored s : values) {
                Location source = of(s.method(), s.value(), depth - 1);
                if (source == null) {
                    return null;
                }
                first = first == null ? source : first;
            }
            return first;
        }

        private List<Stored> stored(FieldInfo field) {
            List<Stored> cached = stores.get(field);
            if (cached != null) {
                return cached;
            }
            List<Stored> result = new ArrayList<>();
            if (!(field.facts().initializer() instanceof Value.Absent)) {
                MethodInfo init = Initializers.of(field);
                if (init != null) {
                    result.add(new Stored(init, field.facts().initializer()));
                }
            }
            for (MethodInfo m : field.owner().methods()) {
                for (Event e : m.facts().events()) {
                    if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isField()
                            && fa.path().lastField().equals(field.name()) && program.field(m, fa.path()) == field) {
                        result.add(new Stored(m, fa.value()));
                    }
                }
            }
            stores.put(field, result);
            return result;
        }
    }
}
