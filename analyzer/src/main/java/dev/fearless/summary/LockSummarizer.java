package dev.fearless.summary;

import dev.fearless.budget.Cutoffs;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.AccessPath.Root;
import dev.fearless.facts.Event;
import dev.fearless.facts.Event.AcquireKind;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes which locks each method takes, directly or through the calls it makes (bottom-up over the
 * call graph, components iterated to a fixed point), and the lock-order edges of the whole program:
 * wherever a method holds a lock and takes another, directly or through a call.
 */
final class LockSummarizer {

    private static final int MAX_ACQUISITIONS = 64;
    private static final String TAKES = "the lock is taken here";
    private static final String TAKES_MONITOR = "this call takes the object's monitor";
    /** Rounds without a fixed point after which a component's summaries are taken as they are, and reported. */
    private static final int MAX_ROUNDS = 64;

    private final Program program;
    private final SyncTypes syncTypes;
    private final Map<MethodInfo, LockSet> entryLocks;
    private final CallerLocks.Held callers;
    private final Map<MethodInfo, List<Acquisition>> acquisitions = new IdentityHashMap<>();
    private final Cutoffs cutoffs;

    /** {@code callers}: the locks every caller of an internal method holds when it calls it. */
    LockSummarizer(Program program, SyncTypes syncTypes, CallerLocks.Held callers, Cutoffs cutoffs) {
        this.cutoffs = cutoffs;
        this.program = program;
        this.syncTypes = syncTypes;
        this.entryLocks = callers.locks();
        this.callers = callers;
    }

    Map<MethodInfo, List<Acquisition>> summarize() {
        for (List<MethodInfo> component : Components.bottomUp(program)) {
            int rounds = component.size() == 1 && !Components.selfRecursive(program, component.get(0)) ? 1 : MAX_ROUNDS;
            boolean changed = true;
            for (int round = 0; round < rounds && changed; round++) {
                changed = false;
                for (MethodInfo m : component) {
                    List<Acquisition> next = compute(m);
                    List<Acquisition> old = acquisitions.put(m, next);
                    changed |= old == null || !keys(next).equals(keys(old));
                }
            }
            if (changed && rounds > 1) {
                cutoffs.hit("lock summaries", "no fixed point in " + MAX_ROUNDS + " rounds", component.get(0).qualifiedName());
            }
        }
        return acquisitions;
    }

    private List<Acquisition> compute(MethodInfo m) {
        Map<Key, Acquisition> result = new LinkedHashMap<>();
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size() && result.size() < MAX_ACQUISITIONS; i++) {
            Event e = events.get(i);
            if (e instanceof Event.Acquire a && a.how().blocks()) {
                GlobalLock node = node(m, a.lock());
                if (node != null) {
                    add(result, new Acquisition(a.lock(), node, a.how(), a.pos(), new Step(m, i, TAKES, null)));
                }
            } else if (e instanceof Event.Call call) {
                LockRef monitor = synchronizedLibraryMonitor(m, call);
                if (monitor != null) {
                    GlobalLock node = node(m, monitor);
                    if (node != null) {
                        add(result, new Acquisition(monitor, node, AcquireKind.SYNCHRONIZED_METHOD, call.pos(),
                                new Step(m, i, TAKES_MONITOR, null)));
                    }
                }
            }
        }
        for (CallSite s : program.callGraph().callsFrom(m)) {
            if (result.size() >= MAX_ACQUISITIONS) {
                break;
            }
            if (!precise(m, s)) {
                continue;
            }
            List<Acquisition> callee = acquisitions.get(s.target());
            if (callee == null || callee.isEmpty() || s.target() == m) {
                continue;
            }
            Event at = events.get(s.event());
            boolean construction = at instanceof Event.NewObject;
            for (Acquisition a : callee) {
                if (construction && a.lock() != null && a.lock().path() != null && a.lock().path().root() == Root.THIS) {
                    continue; // the monitor of an object under construction: nobody else can hold it yet
                }
                LockRef mapped = a.lock() == null ? null : Frames.intoCaller(a.lock(), m, s.event(), s.target(), program);
                add(result, new Acquisition(mapped, a.node(), a.how(), at.pos(), new Step(m, s.event(), "", a.path())));
                if (result.size() >= MAX_ACQUISITIONS) {
                    break;
                }
            }
        }
        if (result.size() >= MAX_ACQUISITIONS) {
            cutoffs.hit("lock summaries", MAX_ACQUISITIONS + " acquisitions kept per method", m.qualifiedName());
        }
        return List.copyOf(result.values());
    }

    /** Whether the call site runs its target for sure (closures run here always do). */
    private boolean precise(MethodInfo m, CallSite s) {
        return s.target().closureParent() == m || program.callGraph().preciseTargets(m, s.event()).contains(s.target());
    }

    /** Two acquisitions with the same key say the same thing; the first one found is kept. */
    private record Key(GlobalLock node, LockRef lock, boolean blocks) {
    }

    /** What a summary says, without its witnesses (they may differ from round to round in a recursive component). */
    private static java.util.Set<Key> keys(List<Acquisition> acquisitions) {
        java.util.Set<Key> keys = new java.util.HashSet<>();
        for (Acquisition a : acquisitions) {
            keys.add(new Key(a.node(), a.lock(), a.how().blocks()));
        }
        return keys;
    }

    private static void add(Map<Key, Acquisition> into, Acquisition a) {
        into.putIfAbsent(new Key(a.node(), a.lock(), a.how().blocks()), a);
    }

    /** The monitor a call takes when its receiver is a synchronized JDK object (Vector, Hashtable, a synchronized wrapper). */
    LockRef synchronizedLibraryMonitor(MethodInfo m, Event.Call call) {
        AccessPath receiver = call.receiver().pathOrNull();
        if (receiver == null || !receiver.isField()) {
            return null;
        }
        String type = program.staticType(m, call.receiver()).name();
        boolean synchronizedType = type != null && program.type(type) == null
                && program.knowledge().is(type, TypeTrait.SYNCHRONIZED);
        if (!synchronizedType) {
            FieldInfo f = program.field(m, receiver);
            synchronizedType = f != null && syncTypes.nature(f) == Nature.SYNCHRONIZED_WRAPPER;
        }
        return synchronizedType ? LockRef.monitor(receiver) : null;
    }

    /** The lock as the program names it, from method {@code m}'s frame; {@code null} when it cannot be named. */
    GlobalLock node(MethodInfo m, LockRef lock) {
        return GlobalLock.of(program, m, lock);
    }

    /**
     * Whether the lock taken may be another object than the one of its kind that every caller holds: a
     * lock of which there are many (the monitor of an instance, not a class or a static field's object),
     * reached through a local (an element of a collection being walked, an object looked up) rather than
     * through the method's own fields, which lead back to the one object that owns this one.
     */
    private static boolean anotherInstance(Acquisition a) {
        return !a.node().single() && a.lock() != null && a.lock().path() != null
                && a.lock().path().root() == Root.LOCAL;
    }

    /** Every edge of the lock-order graph: a lock held while another is taken. */
    List<LockEdge> edges() {
        List<LockEdge> edges = new ArrayList<>();
        for (MethodInfo m : program.methods()) {
            List<Event> events = m.facts().events();
            boolean constructor = m.declaringMethod().facts().isInitialization();
            LockSet onEntry = entryLocks.getOrDefault(m, LockSet.EMPTY);
            TreeSet<GlobalLock> entryNodes = new TreeSet<>();
            for (LockRef h : onEntry.locks()) {
                GlobalLock hn = node(m, h);
                if (hn != null) {
                    entryNodes.add(hn);
                }
            }
            // a lock of the caller's object m cannot name is still held: taking it again is re-entrant
            entryNodes.addAll(callers.nodes(m));
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                LockSet held = e.held();
                if (held.isEmpty()) {
                    continue;
                }
                List<Acquisition> taken = new ArrayList<>();
                if (e instanceof Event.Acquire a && a.how().blocks()) {
                    GlobalLock node = node(m, a.lock());
                    if (node != null) {
                        taken.add(new Acquisition(a.lock(), node, a.how(), a.pos(), new Step(m, i, TAKES, null)));
                    }
                } else if (e instanceof Event.Call call) {
                    LockRef monitor = synchronizedLibraryMonitor(m, call);
                    GlobalLock node = monitor == null ? null : node(m, monitor);
                    if (node != null) {
                        taken.add(new Acquisition(monitor, node, AcquireKind.SYNCHRONIZED_METHOD, call.pos(),
                                new Step(m, i, TAKES_MONITOR, null)));
                    }
                }
                if (e instanceof Event.Call || e instanceof Event.NewObject) {
                    for (MethodInfo t : program.callGraph().preciseTargets(m, i)) {
                        if (t == m) {
                            continue;
                        }
                        for (Acquisition a : acquisitions.getOrDefault(t, List.of())) {
                            if (e instanceof Event.NewObject && a.lock() != null && a.lock().path() != null
                                    && a.lock().path().root() == Root.THIS) {
                                continue;
                            }
                            LockRef mapped = a.lock() == null ? null : Frames.intoCaller(a.lock(), m, i, t, program);
                            taken.add(new Acquisition(mapped, a.node(), a.how(), e.pos(), new Step(m, i, "", a.path())));
                        }
                    }
                }
                if (taken.isEmpty()) {
                    continue;
                }
                TreeSet<GlobalLock> heldNodes = new TreeSet<>();
                Map<GlobalLock, LockRef> heldRefs = new LinkedHashMap<>();
                for (LockRef h : held.locks()) {
                    if (constructor && h.path() != null && h.path().root() == Root.THIS) {
                        continue; // the object under construction is not shared yet
                    }
                    GlobalLock hn = node(m, h);
                    if (hn != null) {
                        heldNodes.add(hn);
                        heldRefs.put(hn, h);
                    }
                }
                for (Acquisition a : taken) {
                    if (a.lock() != null && (held.contains(a.lock()) || onEntry.contains(a.lock()))
                            || !anotherInstance(a) && entryNodes.contains(a.node())) {
                        continue; // already held here, or by every caller: re-entrant
                    }
                    for (Map.Entry<GlobalLock, LockRef> h : heldRefs.entrySet()) {
                        if (h.getKey().equals(a.node()) || a.lock() != null && a.lock().equals(h.getValue())) {
                            continue; // re-entrant
                        }
                        TreeSet<GlobalLock> gates = new TreeSet<>(heldNodes);
                        gates.addAll(entryNodes); // every caller holds these around the whole method
                        gates.remove(h.getKey());
                        edges.add(new LockEdge(h.getKey(), a.node(), m, a.site(), heldAt(m, i, h.getValue()),
                                a.path(), gates, LockEdge.readMode(h.getValue()), LockEdge.readMode(a.lock()),
                                ownerObject(m, h.getValue()), ownerObject(m, a.lock())));
                    }
                }
            }
        }
        return edges;
    }

    /**
     * The class of the object whose lock field {@code lock} (in {@code m}'s frame) is, when the frame knows
     * it: {@code m}'s own class for a field of {@code this}; {@code null} for anything else.
     */
    private static String ownerObject(MethodInfo m, LockRef lock) {
        AccessPath p = lock == null ? null : lock.path();
        return p != null && p.isOwnField() && p.fields().size() == 1 && !m.facts().isStatic()
                ? m.owner().name() : null;
    }

    /** Where, in {@code m}, the lock held at event {@code index} was taken (or the method's name, if on entry). */
    private static Position heldAt(MethodInfo m, int index, LockRef lock) {
        List<Event> events = m.facts().events();
        for (int i = index - 1; i >= 0; i--) {
            if (events.get(i) instanceof Event.Acquire a && a.lock().equals(lock)) {
                return a.pos();
            }
        }
        return m.declaringMethod().facts().pos();
    }

}
