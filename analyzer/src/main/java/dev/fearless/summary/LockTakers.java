package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Location;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each lock is taken in the program: for every program-wide lock ({@link GlobalLock}), the
 * methods whose own code (their body and its closures) acquires it. And who can end a wait: the code that
 * notifies each monitor, and the calls that act on an object another thread may be blocked on (knowledge
 * traits {@code wakes}: a put for a {@code take()}, a {@code complete} for a {@code get()}, a
 * {@code release()} for an {@code acquire()}; {@code makes-room}: a take for a full queue's {@code put()}),
 * for objects the whole program can name.
 */
public final class LockTakers {

    /** How many callers deep a notify is followed back to code that runs it without a lock. */
    private static final int WAKER_DEPTH = 8;

    private final Program program;
    private final Map<GlobalLock, Set<MethodInfo>> takers = new HashMap<>();
    /** For every monitor the program notifies, the methods whose own code does so. */
    private final Map<GlobalLock, Set<MethodInfo>> notifiers = new HashMap<>();
    /** For every object the program names that a call with the trait {@code wakes} acts on, those calls. */
    private final Map<String, List<Waker>> wakers = new HashMap<>();
    /** And those with the trait {@code makes-room}, which let a thread handing a value to the object go on. */
    private final Map<String, List<Waker>> roomMakers = new HashMap<>();

    /**
     * A place that can end another thread's wait: the event {@code event} of {@code method}; {@code what} names
     * it and where it is, for a report (the method, or the task handed over).
     */
    public record Waker(MethodInfo method, int event, String what) {

        /** Where it is, for a report. */
        public Location location() {
            return new Location(method.path(), method.facts().eventAt(event).pos(), "");
        }
    }

    private LockTakers(Program program) {
        this.program = program;
    }

    static LockTakers of(Program program) {
        LockTakers result = new LockTakers(program);
        for (MethodInfo m : program.methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Acquire a && a.lock() != null) {
                    GlobalLock node = GlobalLock.of(program, m, a.lock());
                    if (node != null) {
                        result.takers.computeIfAbsent(node, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                                .add(m.declaringMethod());
                    }
                }
                GlobalLock notified = e instanceof Event.Call c ? result.notifiedMonitor(m, c) : null;
                if (notified != null) {
                    result.notifiers.computeIfAbsent(notified, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(m);
                }
            }
            List<Event> events = m.facts().events();
            for (int i = 0; i < events.size(); i++) {
                Set<MethodTrait> traits = events.get(i) instanceof Event.Call c ? program.traits(m, c) : Set.of();
                boolean wakes = traits.contains(MethodTrait.WAKES);
                boolean makesRoom = traits.contains(MethodTrait.MAKES_ROOM);
                String object = wakes || makesRoom ? result.objectOf(m, ((Event.Call) events.get(i)).receiver(), i) : null;
                if (object != null) {
                    Waker w = new Waker(m, i, "`" + m.display() + "` ("
                            + Describe.fileAndLine(new Location(m.path(), events.get(i).pos(), "")) + ")");
                    if (wakes) {
                        result.wakers.computeIfAbsent(object, k -> new ArrayList<>()).add(w);
                    }
                    if (makesRoom) {
                        result.roomMakers.computeIfAbsent(object, k -> new ArrayList<>()).add(w);
                    }
                }
            }
        }
        return result;
    }

    /**
     * The code that can end the wait of the call at {@code event} of {@code m}, other than that call: the
     * calls acting on the same object, or the body of the task whose future the call waits for ({@code
     * Future<?> f = pool.submit(task); f.get();}); empty when the program cannot name the object, or nothing
     * in it acts on it.
     */
    public List<Waker> wakersOf(MethodInfo m, int event, Tasks tasks) {
        if (!(m.facts().eventAt(event) instanceof Event.Call wait)) {
            return List.of();
        }
        AccessPath p = wait.receiver().pathOrNull();
        boolean local = p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL;
        List<Waker> bodies = new ArrayList<>();
        for (Tasks.Task t : tasks.in(m)) {
            boolean result = wait.receiver() instanceof Value.CallResult cr && cr.eventIndex() == t.spawn()
                    || local && t.spawn() < event && p.rootName().equals(Joins.resultLocal(m, t.spawn()));
            if (result) {
                String what = "the task handed to `" + t.handoff() + "` at " + Describe.fileAndLine(
                        new Location(m.path(), t.spawnPos(), ""));
                t.body().stream().filter(b -> !b.facts().events().isEmpty()).forEach(b -> bodies.add(new Waker(b, 0, what)));
            }
        }
        if (!bodies.isEmpty()) {
            return bodies;
        }
        String object = objectOf(m, wait.receiver(), event);
        // a hand-off into the object (a put on a full queue) waits for room, anything else for something to come
        Map<String, List<Waker>> by = program.traits(m, wait).contains(MethodTrait.HANDOFF) ? roomMakers : wakers;
        return object == null ? List.of() : by.getOrDefault(object, List.of()).stream()
                .filter(w -> w.method() != m || w.event() != event).toList();
    }

    /**
     * The object {@code v} (a value of {@code m}, used at event {@code at}) as the whole program names it: a
     * field ({@code field:Owner.name}), or one of the elements a field holds ({@code elements:Owner.name}: the
     * result of a call on the field, or a local that is only ever such a result or that {@code m} stores
     * into the field, {@code pending.put(id, reply)}); {@code null} for anything else.
     */
    private String objectOf(MethodInfo m, Value v, int at) {
        AccessPath p = v.pathOrNull();
        if (p != null && p.isField()) {
            FieldInfo f = program.field(m, p);
            return f == null ? null : "field:" + f.owner().name() + "." + f.name();
        }
        if (v instanceof Value.CallResult cr) {
            return elementsOf(m, cr.eventIndex());
        }
        if (p == null || p.root() != AccessPath.Root.LOCAL) {
            return null;
        }
        List<Event> events = m.facts().events();
        String from = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                String elements = la.value() instanceof Value.CallResult cr ? elementsOf(m, cr.eventIndex()) : null;
                if (elements == null && !(la.value() instanceof Value.NewValue)) {
                    return null; // a local that may hold something else
                }
                from = from == null ? elements : from;
            } else if (from == null && i < at && e instanceof Event.Call c && c.args().contains(v)) {
                from = elementsOf(m, i);
            }
        }
        return from;
    }

    /** {@code elements:Owner.name} when event {@code call} of {@code m} is a call on the field {@code Owner.name}. */
    private String elementsOf(MethodInfo m, int call) {
        if (!(m.facts().eventAt(call) instanceof Event.Call c)) {
            return null;
        }
        AccessPath p = c.receiver().pathOrNull();
        FieldInfo f = p != null && p.isField() ? program.field(m, p) : null;
        return f == null ? null : "elements:" + f.owner().name() + "." + f.name();
    }

    /** The monitor a call notifies ({@code notifyAll()}, {@code lock.notify()}), or {@code null}. */
    private GlobalLock notifiedMonitor(MethodInfo m, Event.Call c) {
        Set<MethodTrait> traits = program.traits(m, c);
        if (!traits.contains(MethodTrait.NOTIFY) && !traits.contains(MethodTrait.NOTIFY_ALL)) {
            return null;
        }
        return monitorOf(m, c.receiver());
    }

    /** The monitor of the object {@code receiver} (a value of {@code m}) as a program-wide lock, or {@code null}. */
    public GlobalLock monitorOf(MethodInfo m, Value receiver) {
        LockRef monitor = Monitors.monitorOf(m, receiver);
        return monitor == null ? null : GlobalLock.of(program, m, monitor);
    }

    /**
     * Whether a thread can notify {@code monitor} without holding {@code held} ({@code holder} names it): some
     * method that notifies it is reached, back through its callers, from code no program method calls (an
     * entry, a task) without passing a method that takes {@code held}. Then the waiter is woken by threads
     * that do not need the lock it keeps while waiting: it stalls them, it cannot deadlock with them.
     */
    public boolean notifiedWithout(GlobalLock monitor, MethodInfo holder, LockRef held) {
        GlobalLock lock = GlobalLock.of(program, holder, held);
        Set<MethodInfo> start = monitor == null ? null : notifiers.get(monitor);
        if (lock == null || start == null) {
            return false;
        }
        Set<MethodInfo> taking = takers.getOrDefault(lock, Set.of());
        Set<MethodInfo> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<MethodInfo> level = new ArrayList<>(start);
        for (int depth = 0; depth <= WAKER_DEPTH && !level.isEmpty(); depth++) {
            List<MethodInfo> next = new ArrayList<>();
            for (MethodInfo x : level) {
                if (!seen.add(x) || taking.contains(x.declaringMethod())) {
                    continue;
                }
                List<CallSite> callers = program.callGraph().callersOf(x);
                if (callers.isEmpty()) {
                    return true;
                }
                callers.forEach(s -> next.add(s.caller()));
            }
            level = next;
        }
        return false;
    }

    /**
     * Whether the lock {@code m} names {@code lock} is taken nowhere in the program but in {@code m}'s own
     * code, or in methods that do nothing but call {@code m} (an overload passing a default): the only
     * threads that ever wait for it are other runs of {@code m}.
     */
    public boolean onlyIn(MethodInfo m, LockRef lock) {
        GlobalLock node = GlobalLock.of(program, m, lock);
        Set<MethodInfo> in = node == null ? null : takers.get(node);
        MethodInfo own = m.declaringMethod();
        return in != null && in.contains(own) && in.stream().allMatch(t -> t == own || onlyCalls(t, own));
    }

    /**
     * Whether every event of {@code t} is a return, a read of a field, the taking or release of a lock, or a
     * call that can run only {@code target}.
     */
    private boolean onlyCalls(MethodInfo t, MethodInfo target) {
        List<Event> events = t.facts().events();
        boolean calls = false;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.Call) {
                List<MethodInfo> targets = program.callGraph().targets(t, i);
                if (targets.size() != 1 || targets.get(0) != target) {
                    return false;
                }
                calls = true;
            } else if (!(e instanceof Event.Return || e instanceof Event.Acquire || e instanceof Event.Release
                    || e instanceof Event.FieldAccess fa && !fa.kind().isWrite())) {
                return false;
            }
        }
        return calls && program.nestedIn(t).isEmpty();
    }
}
