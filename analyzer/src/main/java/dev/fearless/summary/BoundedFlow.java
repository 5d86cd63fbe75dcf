package dev.fearless.summary;

import dev.fearless.program.MethodInfo;
import dev.fearless.program.TypeInfo;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Thread sets carried over the call graph, kept apart for each class of object a method runs on
 * ({@link ReceiverBounds}): a worklist of (method, bound) states, each with the threads that reach it.
 * Most methods only ever have the state of their own class (no bound), kept in a plain map; a method
 * reached on more than {@link #MAX_BOUNDS} classes keeps one state, with no bound.
 */
final class BoundedFlow {

    /** How many bounds a method keeps apart before its states are merged. */
    static final int MAX_BOUNDS = 12;

    /** One state: a method run on objects of class {@code bound} (its own class: no bound). */
    record State(MethodInfo method, TypeInfo bound) {
    }

    /** The states with no bound. */
    private final Map<MethodInfo, ThreadSet> plain = new IdentityHashMap<>();
    /** The states with a bound below the method's own class. */
    private final Map<MethodInfo, Map<TypeInfo, ThreadSet>> bounded = new IdentityHashMap<>();
    private final Set<MethodInfo> merged = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<ThreadSet, ThreadSet> interned = new HashMap<>();
    private final Deque<State> work = new ArrayDeque<>();
    private final Set<State> queued = new HashSet<>();

    /** Joins {@code in} into the state of {@code m} run on {@code bound}, queueing it when that changes it. */
    void add(MethodInfo m, TypeInfo bound, ThreadSet in) {
        if (in.isEmpty()) {
            return;
        }
        if (bound == m.owner() || merged.contains(m)) {
            ThreadSet old = plain.getOrDefault(m, ThreadSet.NONE);
            ThreadSet joined = old.plus(in);
            if (joined != old) {
                plain.put(m, interned.computeIfAbsent(joined, k -> k));
                queue(new State(m, m.owner()));
            }
            return;
        }
        Map<TypeInfo, ThreadSet> byBound = bounded.computeIfAbsent(m, k -> new LinkedHashMap<>(4));
        ThreadSet old = byBound.getOrDefault(bound, ThreadSet.NONE);
        ThreadSet joined = old.plus(in);
        if (joined == old) {
            return;
        }
        byBound.put(bound, interned.computeIfAbsent(joined, k -> k));
        if (byBound.size() <= MAX_BOUNDS) {
            queue(new State(m, bound));
            return;
        }
        merged.add(m);
        bounded.remove(m);
        for (ThreadSet s : byBound.values()) {
            add(m, m.owner(), s);
        }
    }

    private void queue(State s) {
        if (queued.add(s)) {
            work.add(s);
        }
    }

    /** The next state to carry further, or {@code null} when none changed. */
    State poll() {
        while (!work.isEmpty()) {
            State s = work.poll();
            queued.remove(s);
            if (s.bound() == s.method().owner() || !merged.contains(s.method())) {
                return s; // a state merged since it was queued is carried as the merged one
            }
        }
        return null;
    }

    /** The threads of a state. */
    ThreadSet at(State s) {
        Map<TypeInfo, ThreadSet> byBound = s.bound() == s.method().owner() ? null : bounded.get(s.method());
        ThreadSet t = byBound == null ? plain.get(s.method()) : byBound.get(s.bound());
        return t == null ? ThreadSet.NONE : t;
    }

    /** The threads of {@code m} run on objects of class {@code bound}, or on any object when it keeps no such state. */
    ThreadSet at(MethodInfo m, TypeInfo bound) {
        Map<TypeInfo, ThreadSet> byBound = bounded.get(m);
        if (byBound == null) {
            return plain.getOrDefault(m, ThreadSet.NONE);
        }
        ThreadSet s = bound == m.owner() ? null : byBound.get(bound);
        return s != null ? s : union(m);
    }

    /**
     * The methods whose threads are kept apart by the class of object they run on: for each, the threads
     * of each class (its own class standing for any object of it no call names more closely).
     */
    Map<MethodInfo, Map<TypeInfo, ThreadSet>> byBound() {
        Map<MethodInfo, Map<TypeInfo, ThreadSet>> result = new IdentityHashMap<>();
        for (Map.Entry<MethodInfo, Map<TypeInfo, ThreadSet>> e : bounded.entrySet()) {
            Map<TypeInfo, ThreadSet> states = new LinkedHashMap<>(e.getValue());
            ThreadSet own = plain.get(e.getKey());
            if (own != null) {
                states.put(e.getKey().owner(), own);
            }
            result.put(e.getKey(), Collections.unmodifiableMap(states));
        }
        return result;
    }

    /** Each method's threads on any object. */
    Map<MethodInfo, ThreadSet> unions() {
        Map<MethodInfo, ThreadSet> result = new IdentityHashMap<>(plain);
        for (MethodInfo m : bounded.keySet()) {
            result.put(m, union(m));
        }
        return result;
    }

    private ThreadSet union(MethodInfo m) {
        ThreadSet all = plain.getOrDefault(m, ThreadSet.NONE);
        for (ThreadSet s : bounded.getOrDefault(m, Map.of()).values()) {
            all = all.plus(s);
        }
        return interned.computeIfAbsent(all, k -> k);
    }
}
