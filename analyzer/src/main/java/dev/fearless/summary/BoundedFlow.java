package dev.fearless.summary;

import dev.fearless.program.MethodInfo;
import dev.fearless.program.TypeInfo;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Thread sets carried over the call graph, kept apart for each class of object a method runs on
 * ({@link ReceiverBounds}): a worklist of (method, bound) states, each with the threads that reach it.
 * A method reached on more than {@link #MAX_BOUNDS} classes keeps one state, with no bound.
 */
final class BoundedFlow {

    /** How many bounds a method keeps apart before its states are merged. */
    static final int MAX_BOUNDS = 12;

    /** One state: a method run on objects of class {@code bound} (its own class: no bound). */
    record State(MethodInfo method, TypeInfo bound) {
    }

    private final Map<MethodInfo, Map<TypeInfo, ThreadSet>> states = new IdentityHashMap<>();
    private final Set<MethodInfo> merged = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<ThreadSet, ThreadSet> interned = new HashMap<>();
    private final Deque<State> work = new ArrayDeque<>();
    private final Set<State> queued = new java.util.HashSet<>();

    /** Joins {@code in} into the state of {@code m} run on {@code bound}, queueing it when that changes it. */
    void add(MethodInfo m, TypeInfo bound, ThreadSet in) {
        if (in.isEmpty()) {
            return;
        }
        TypeInfo key = merged.contains(m) ? m.owner() : bound;
        Map<TypeInfo, ThreadSet> byBound = states.computeIfAbsent(m, k -> new LinkedHashMap<>(2));
        ThreadSet old = byBound.getOrDefault(key, ThreadSet.NONE);
        ThreadSet joined = old.plus(in);
        if (joined == old) {
            return;
        }
        byBound.put(key, interned.computeIfAbsent(joined, k -> k));
        if (byBound.size() > MAX_BOUNDS) {
            ThreadSet all = ThreadSet.NONE;
            for (ThreadSet s : byBound.values()) {
                all = all.plus(s);
            }
            byBound.clear();
            byBound.put(m.owner(), interned.computeIfAbsent(all, k -> k));
            merged.add(m);
            key = m.owner();
        }
        State s = new State(m, key);
        if (queued.add(s)) {
            work.add(s);
        }
    }

    /** The next state to carry further, or {@code null} when none changed. */
    State poll() {
        while (!work.isEmpty()) {
            State s = work.poll();
            queued.remove(s);
            if (states.get(s.method()).containsKey(s.bound())) {
                return s; // a state merged since it was queued is carried as the merged one
            }
        }
        return null;
    }

    /** The threads of a state. */
    ThreadSet at(State s) {
        return states.get(s.method()).getOrDefault(s.bound(), ThreadSet.NONE);
    }

    /** The threads of {@code m} run on objects of class {@code bound}, or on any object when it keeps no such state. */
    ThreadSet at(MethodInfo m, TypeInfo bound) {
        Map<TypeInfo, ThreadSet> byBound = states.get(m);
        if (byBound == null) {
            return ThreadSet.NONE;
        }
        ThreadSet s = byBound.get(bound);
        return s != null ? s : union(byBound);
    }

    /** Each method's threads on any object. */
    Map<MethodInfo, ThreadSet> unions() {
        Map<MethodInfo, ThreadSet> result = new IdentityHashMap<>();
        for (Map.Entry<MethodInfo, Map<TypeInfo, ThreadSet>> e : states.entrySet()) {
            result.put(e.getKey(), interned.computeIfAbsent(union(e.getValue()), k -> k));
        }
        return result;
    }

    private static ThreadSet union(Map<TypeInfo, ThreadSet> byBound) {
        ThreadSet all = ThreadSet.NONE;
        for (ThreadSet s : byBound.values()) {
            all = all.plus(s);
        }
        return all;
    }
}
