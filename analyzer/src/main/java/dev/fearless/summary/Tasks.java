package dev.fearless.summary;

import dev.fearless.facts.Dispatch;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The code a method hands to another thread: a lambda, method reference or anonymous class given to a
 * thread entry point (a {@code Thread} that is then started, an executor, an async stage, a timer),
 * directly or through a local variable. A task's body is the closure or the anonymous class's methods,
 * with the closures they run on the same thread; {@code spawn} is the event of {@code parent} from which
 * the task may run (the hand-off call, or the thread's {@code start()}).
 */
public final class Tasks {

    private final List<Task> all;
    private final Map<MethodInfo, List<Task>> byParent = new IdentityHashMap<>();
    /** Further hand-overs of a task's body kept in a local ({@code new Thread(r)} twice), by the body's first method. */
    private final Map<MethodInfo, List<Again>> again;

    /** Another place where the same body, kept in a local, is handed over again, with the hand-off as written. */
    record Again(int spawn, String handoff) {
    }

    private Tasks(List<Task> all, Map<MethodInfo, List<Again>> again) {
        this.again = again;
        this.all = List.copyOf(all);
        for (Task t : this.all) {
            byParent.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t);
        }
    }

    /** Every task of the program, by parent in program order. */
    public List<Task> all() {
        return all;
    }

    /** The places after the first where the task's body is handed over again, in the same parent. */
    List<Again> againOf(Task t) {
        return again.getOrDefault(t.body().get(0), List.of());
    }

    /** One task: where it is written ({@code parent}), where it starts running, its body, and the hand-off as written. */
    public record Task(MethodInfo parent, int spawn, List<MethodInfo> body, String handoff) {

        /** The names of the parent's locals and parameters the body captures. */
        public Set<String> captures() {
            return outerCaptures(body).keySet();
        }

        /** The position of the spawn in the parent. */
        public Position spawnPos() {
            return parent.facts().events().get(spawn).pos();
        }
    }

    static Tasks find(Program program) {
        List<Task> result = new ArrayList<>();
        Map<MethodInfo, Task> first = new IdentityHashMap<>();
        Map<MethodInfo, List<Again>> again = new IdentityHashMap<>();
        for (MethodInfo p : program.methods()) {
            List<Event> events = p.facts().events();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e instanceof Event.Call call) {
                    var traits = program.traits(p, call);
                    boolean elsewhere = traits.contains(MethodTrait.RUNS_ELSEWHERE) || traits.contains(MethodTrait.STAGE);
                    for (Value a : call.args()) {
                        Body body = bodyOf(program, p, a, i);
                        if (body != null && (elsewhere || body.dispatch() == Dispatch.ELSEWHERE)) {
                            add(p, i, body, describe(p, call), first, again, result);
                        } else if (body == null && elsewhere) {
                            for (int j : collectedTasks(program, p, a, i)) {
                                for (Value x : ((Event.Call) events.get(j)).args()) {
                                    Body each = bodyOf(program, p, x, j);
                                    if (each != null) {
                                        add(p, j, each, describe(p, call), first, again, result);
                                    }
                                }
                            }
                        }
                    }
                } else if (e instanceof Event.NewObject n) {
                    String type = n.anonymousType().isEmpty() ? program.resolveType(n.type(), p.owner())
                            : n.anonymousType();
                    if (type == null || !program.isSubtype(type, "java.lang.Thread")) {
                        continue;
                    }
                    int start = startOf(p, i);
                    if (start < 0) {
                        continue;
                    }
                    List<Body> bodies = new ArrayList<>();
                    if (!n.anonymousType().isEmpty()) {
                        bodies.add(anonymous(program, program.type(n.anonymousType())));
                    }
                    for (Value a : n.args()) {
                        bodies.add(bodyOf(program, p, a, i));
                    }
                    for (Body body : bodies) {
                        if (body != null && !body.methods().isEmpty()) {
                            add(p, start, body, "new Thread(...).start()", first, again, result);
                        }
                    }
                }
            }
        }
        return new Tasks(List.copyOf(result), again);
    }

    /**
     * The calls before {@code before} that put tasks into the local collection {@code v} a call hands to
     * another thread ({@code tasks.add(() -> map(doc))} in a loop, then {@code pool.invokeAll(tasks)}): each
     * task added is handed over where it is added, in that loop if there is one.
     */
    private static List<Integer> collectedTasks(Program program, MethodInfo p, Value v, int before) {
        AccessPath local = v.pathOrNull();
        List<Integer> adds = new ArrayList<>();
        if (local == null || local.isField() || local.root() != AccessPath.Root.LOCAL) {
            return adds;
        }
        List<Event> events = p.facts().events();
        for (int j = 0; j < before; j++) {
            if (events.get(j) instanceof Event.Call c && local.equals(c.receiver().pathOrNull())
                    && program.knowledge().inGroup(dev.fearless.knowledge.NameGroup.COLLECTION_INSERT, c.name())) {
                adds.add(j);
            }
        }
        return adds;
    }

    /**
     * Records a hand-over of {@code body}: its first is the task; a later one in the same parent (the body
     * kept in a local and handed over twice) is another place the same task starts running.
     */
    private static void add(MethodInfo p, int spawn, Body body, String handoff, Map<MethodInfo, Task> first,
                            Map<MethodInfo, List<Again>> again, List<Task> into) {
        MethodInfo head = body.methods().get(0);
        Task t = first.get(head);
        if (t == null) {
            t = new Task(p, spawn, body.methods(), handoff);
            first.put(head, t);
            into.add(t);
            return;
        }
        Again more = new Again(spawn, handoff);
        if (t.parent() == p && t.spawn() != spawn) {
            List<Again> list = again.computeIfAbsent(head, k -> new ArrayList<>());
            if (!list.contains(more)) {
                list.add(more);
            }
        }
    }

    /**
     * The locals and parameters a body (a closure or class with the closures it runs) captures from the
     * code around it, each with the method that declares it; locals declared inside the body are its own.
     */
    public static Map<String, MethodInfo> outerCaptures(List<MethodInfo> body) {
        Map<String, MethodInfo> result = new LinkedHashMap<>();
        for (MethodInfo m : body) {
            for (String name : m.facts().captures()) {
                MethodInfo owner = Holdings.declaring(m, name);
                if (owner != null && !body.contains(owner)) {
                    result.putIfAbsent(name, owner);
                }
            }
        }
        return result;
    }

    /** The tasks written in {@code parent}. */
    public List<Task> in(MethodInfo parent) {
        return Collections.unmodifiableList(byParent.getOrDefault(parent, List.of()));
    }

    /**
     * A task handed a local of its parent ({@code local}) before the parent calls a method on that local
     * (at event {@code call}).
     */
    public record HandedBefore(Task task, String local, int call) {
    }

    /**
     * The tasks handed an object before a caller of {@code m} calls {@code m} on it, with no join between:
     * {@code reader.start(); p.initialize();} with the reader capturing {@code p}. The task may be using the
     * object while {@code m} runs on it.
     */
    public List<HandedBefore> handedBefore(Program program, MethodInfo m) {
        List<HandedBefore> result = new ArrayList<>();
        for (dev.fearless.program.CallSite s : program.callGraph().callersOf(m)) {
            MethodInfo caller = s.caller();
            if (!(caller.facts().eventAt(s.event()) instanceof Event.Call call)) {
                continue;
            }
            AccessPath on = call.receiver().pathOrNull();
            if (on == null || on.isField() || on.root() != AccessPath.Root.LOCAL) {
                continue;
            }
            for (Task task : in(caller)) {
                if (task.spawn() < s.event() && task.captures().contains(on.rootName())
                        && !VariableUses.joinedBetween(program, caller, task.spawn(), s.event())
                        && VariableUses.reachable(caller, task.spawn(), s.event())) {
                    result.add(new HandedBefore(task, on.rootName(), s.event()));
                }
            }
        }
        return result;
    }

    private record Body(List<MethodInfo> methods, Dispatch dispatch) {
    }

    /** The task body a value stands for: a closure, an anonymous class instance, or a local holding one. */
    private static Body bodyOf(Program program, MethodInfo p, Value v, int before) {
        Value value = v;
        var path = v.pathOrNull();
        if (path != null && !path.isField() && path.root() == dev.fearless.facts.AccessPath.Root.LOCAL) {
            value = null;
            List<Event> events = p.facts().events();
            for (int j = 0; j < before && j < events.size(); j++) {
                if (events.get(j) instanceof Event.LocalAssign la && la.local().equals(path.rootName())) {
                    value = la.value();
                }
            }
            if (value == null) {
                return null;
            }
        }
        if (value instanceof Value.Element el) {
            return elementsOf(program, p, el.of());
        }
        MethodInfo closure = p.closure(value);
        if (closure != null) {
            List<MethodInfo> methods = new ArrayList<>();
            methods.add(closure);
            addRunHere(program, closure, methods);
            return new Body(methods, closure.facts().dispatch());
        }
        if (value instanceof Value.NewValue nv && !nv.anonymousType().isEmpty()) {
            TypeInfo anon = program.type(nv.anonymousType());
            Body body = anonymous(program, anon);
            return body == null || body.methods().isEmpty() ? null : body;
        }
        if (value instanceof Value.CallResult cr) {
            return madeBy(program, p, cr.eventIndex());
        }
        return null;
    }

    /**
     * The task a factory the call at {@code event} of {@code p} runs returns: its one program target returns
     * only closures or anonymous objects written in it ({@code static Runnable watchTask(...) { return () ->
     * ...; }}), whose code is the task; {@code null} otherwise.
     */
    private static Body madeBy(Program program, MethodInfo p, int event) {
        List<MethodInfo> targets = program.callGraph().targets(p, event);
        if (targets.size() != 1 || targets.get(0).facts().isAbstract()) {
            return null;
        }
        MethodInfo factory = targets.get(0);
        List<MethodInfo> methods = new ArrayList<>();
        for (Event e : factory.facts().events()) {
            if (!(e instanceof Event.Return r) || r.value() instanceof Value.Absent) {
                continue;
            }
            MethodInfo closure = factory.closure(r.value());
            Body made = closure != null ? new Body(new ArrayList<>(List.of(closure)), Dispatch.UNKNOWN)
                    : r.value() instanceof Value.NewValue nv && !nv.anonymousType().isEmpty()
                    ? anonymous(program, program.type(nv.anonymousType())) : null;
            if (made == null || made.methods().isEmpty()) {
                return null;
            }
            for (MethodInfo m : made.methods()) {
                if (!methods.contains(m)) {
                    methods.add(m);
                    if (closure != null) {
                        addRunHere(program, m, methods);
                    }
                }
            }
        }
        return methods.isEmpty() ? null : new Body(methods, Dispatch.UNKNOWN);
    }

    /**
     * The tasks an element of a local collection may be: the local is set once, to a collection made of
     * closures written right there ({@code List<Runnable> inits = List.of(() -> a(), () -> b());}), and each
     * element handed over ({@code for (Runnable init : inits) pool.submit(init);}) is one of them.
     */
    private static Body elementsOf(Program program, MethodInfo p, Value collection) {
        var path = collection.pathOrNull();
        if (path == null || path.isField() || path.root() != AccessPath.Root.LOCAL) {
            return null;
        }
        Value made = p.facts().onlyAssignment(path.rootName());
        if (!(made instanceof Value.CallResult cr) || !(p.facts().eventAt(cr.eventIndex()) instanceof Event.Call call)
                || call.args().isEmpty()) {
            return null;
        }
        String type = program.staticType(p, made).name();
        if (type == null || !program.is(type, TypeTrait.COLLECTION)) {
            return null;
        }
        List<MethodInfo> methods = new ArrayList<>();
        for (Value a : call.args()) {
            MethodInfo closure = p.closure(a);
            if (closure == null) {
                return null;
            }
            methods.add(closure);
        }
        for (MethodInfo c : List.copyOf(methods)) {
            addRunHere(program, c, methods);
        }
        return new Body(methods, Dispatch.UNKNOWN);
    }

    /** The code of the tasks an element of the collection {@code collection} may be ({@link #elementsOf}); empty when not known. */
    static List<MethodInfo> collected(Program program, MethodInfo p, Value collection) {
        Body body = elementsOf(program, p, collection);
        return body == null ? List.of() : body.methods();
    }

    /** The code of the task the factory called at {@code event} of {@code p} returns ({@link #madeBy}); empty when none. */
    static List<MethodInfo> madeByFactory(Program program, MethodInfo p, int event) {
        Body body = madeBy(program, p, event);
        return body == null ? List.of() : body.methods();
    }

    /**
     * Whether {@code m} (a closure, or a method of an anonymous class) is what a method written around it
     * returns: a task made by a factory, which runs where the factory's caller hands it.
     */
    static boolean returnedByFactory(MethodInfo m) {
        MethodInfo parent = m.facts().isClosure() ? m.closureParent() : null;
        TypeInfo anon = m.owner().isAnonymous() ? m.owner() : null;
        if (parent == null && anon != null) {
            MethodInfo around = anon.enclosingMethod();
            return around != null && around.facts().events().stream().anyMatch(e -> e instanceof Event.Return r
                    && r.value() instanceof Value.NewValue nv && anon.name().equals(nv.anonymousType()));
        }
        if (parent == null) {
            return false;
        }
        for (Event e : parent.facts().events()) {
            if (e instanceof Event.Return r && parent.closure(r.value()) == m) {
                return true;
            }
        }
        return false;
    }

    private static Body anonymous(Program program, TypeInfo anon) {
        if (anon == null) {
            return null;
        }
        List<MethodInfo> methods = new ArrayList<>();
        for (MethodInfo m : anon.methods()) {
            if (!m.facts().isInitialization() && !m.facts().isClosure()) {
                methods.add(m);
                addRunHere(program, m, methods);
            }
        }
        return new Body(methods, anon.facts().dispatch());
    }

    /** Adds the closures written in {@code m} that run on the same thread, transitively. */
    private static void addRunHere(Program program, MethodInfo m, List<MethodInfo> into) {
        for (MethodInfo inner : program.nestedIn(m)) {
            if (inner.facts().isClosure() && inner.facts().dispatch() == Dispatch.HERE && !into.contains(inner)) {
                into.add(inner);
                addRunHere(program, inner, into);
            }
        }
    }

    /**
     * The {@code start()} of the thread created at {@code creation}, in the same method, or -1: called on
     * the new thread itself, on the local it is kept in, or, for a new thread whose value the method keeps
     * nowhere else it can see (stored in an element of a local array: {@code workers[i] = new Thread(...)}),
     * on an element of a local array of threads in the same loop ({@code workers[i].start()}).
     */
    private static int startOf(MethodInfo p, int creation) {
        List<Event> events = p.facts().events();
        String local = null;
        boolean elsewhere = false;
        for (int j = creation + 1; j < events.size(); j++) {
            Event e = events.get(j);
            if (e instanceof Event.LocalAssign la && la.value() instanceof Value.NewValue nv && nv.eventIndex() == creation) {
                local = la.local();
            }
            elsewhere |= !(e instanceof Event.LocalAssign) && LocalUses.usesObjectMadeAt(e, creation);
            if (e instanceof Event.Call c && c.name().equals("start") && c.args().isEmpty()
                    && (c.receiver() instanceof Value.NewValue nv && nv.eventIndex() == creation
                        || local != null && LocalUses.is(c.receiver(), local)
                        || local == null && !elsewhere && e.loop() >= 0 && e.loop() == events.get(creation).loop()
                           && c.receiver() instanceof Value.Element el && threadArray(p, el.of()))) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the value is a local only ever assigned new arrays of threads ({@code Thread[] workers = new Thread[n]}). */
    private static boolean threadArray(MethodInfo p, Value v) {
        AccessPath path = v.pathOrNull();
        if (path == null || path.isField() || path.root() != AccessPath.Root.LOCAL) {
            return false;
        }
        boolean any = false;
        for (Event e : p.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(path.rootName())) {
                if (!(la.value() instanceof Value.NewValue nv) || !nv.type().isArray()
                        || !(nv.type().name().equals("Thread") || nv.type().name().equals("java.lang.Thread"))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static String describe(MethodInfo p, Event.Call call) {
        String receiver = call.receiver() instanceof Value.Implicit ? "" : Describe.value(p, call.receiver()) + ".";
        return receiver + call.name() + "(...)";
    }
}
