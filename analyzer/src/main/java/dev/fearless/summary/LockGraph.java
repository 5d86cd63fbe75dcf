package dev.fearless.summary;

import dev.fearless.program.MethodInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The program-wide lock-order graph and its feasible cycles. Nodes are {@link GlobalLock}s; an edge
 * {@code A -> B} means some thread holds A while it takes B. Cycles are found inside strongly connected
 * components, each reported once (the same set of locks in the same order), deterministically.
 */
public final class LockGraph {

    private static final int MAX_CYCLES_PER_COMPONENT = 16;
    private static final int MAX_CYCLE_LENGTH = 6;
    private static final int MAX_COMBINATIONS = 256;
    private static final Comparator<LockEdge> EDGE_ORDER = Comparator
            .comparing((LockEdge e) -> e.method().path()).thenComparing(LockEdge::site)
            .thenComparing(e -> e.from().key()).thenComparing(e -> e.to().key());

    private final Map<GlobalLock, Map<GlobalLock, List<LockEdge>>> out = new TreeMap<>();
    private final List<LockCycle> cycles;
    /** Whether two classes can be the class of one object (the same, or one a subclass of the other). */
    private final java.util.function.BiPredicate<String, String> related;

    /**
     * The graph of {@code edges}. Where several edges join the same two locks, a cycle is shown through
     * one made where threads really meet: edges {@code startUpOnly} accepts (made only as the program or a
     * service starts, before its other threads run) are chosen last. {@code related} tells whether two
     * classes can be the class of one object.
     */
    LockGraph(List<LockEdge> edges, java.util.function.Predicate<MethodInfo> startUpOnly,
              java.util.function.BiPredicate<String, String> related) {
        this.related = related;
        List<LockEdge> sorted = new ArrayList<>(edges);
        Map<MethodInfo, Boolean> startUp = new HashMap<>();
        sorted.sort(Comparator.comparing((LockEdge e) -> startUp.computeIfAbsent(e.method(), startUpOnly::test))
                .thenComparing(EDGE_ORDER));
        for (LockEdge e : sorted) {
            out.computeIfAbsent(e.from(), k -> new TreeMap<>()).computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
        }
        this.cycles = findCycles();
    }

    public List<LockCycle> cycles() {
        return cycles;
    }

    /** Every edge out of a lock. */
    public List<LockEdge> edgesFrom(GlobalLock from) {
        List<LockEdge> result = new ArrayList<>();
        out.getOrDefault(from, Map.of()).values().forEach(result::addAll);
        return result;
    }

    private List<LockCycle> findCycles() {
        List<LockCycle> result = new ArrayList<>();
        for (List<GlobalLock> component : components()) {
            if (component.size() < 2) {
                continue;
            }
            Set<GlobalLock> members = new HashSet<>(component);
            Set<String> seen = new HashSet<>();
            int found = 0;
            for (GlobalLock u : component) {
                for (GlobalLock v : out.getOrDefault(u, Map.of()).keySet()) {
                    if (found >= MAX_CYCLES_PER_COMPONENT || !members.contains(v)) {
                        continue;
                    }
                    List<GlobalLock> path = shortestPath(v, u, members);
                    if (path == null || path.size() > MAX_CYCLE_LENGTH) {
                        continue;
                    }
                    List<GlobalLock> nodes = new ArrayList<>();
                    nodes.add(u);
                    nodes.addAll(path);
                    nodes.remove(nodes.size() - 1);
                    if (!seen.add(canonical(nodes))) {
                        continue;
                    }
                    LockCycle cycle = feasible(nodes);
                    if (cycle != null) {
                        result.add(cycle);
                        found++;
                    }
                }
            }
        }
        return result;
    }

    /** The nodes from {@code from} to {@code to} (both included) by the fewest edges inside {@code members}. */
    private List<GlobalLock> shortestPath(GlobalLock from, GlobalLock to, Set<GlobalLock> members) {
        Map<GlobalLock, GlobalLock> parent = new HashMap<>();
        Deque<GlobalLock> queue = new ArrayDeque<>();
        queue.add(from);
        parent.put(from, from);
        while (!queue.isEmpty()) {
            GlobalLock n = queue.poll();
            if (n.equals(to)) {
                List<GlobalLock> path = new ArrayList<>();
                for (GlobalLock x = to; ; x = parent.get(x)) {
                    path.add(0, x);
                    if (x.equals(from)) {
                        return path;
                    }
                }
            }
            for (GlobalLock next : out.getOrDefault(n, Map.of()).keySet()) {
                if (members.contains(next) && !parent.containsKey(next)) {
                    parent.put(next, n);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** The cycle through these nodes with edges chosen so that it can really deadlock, or {@code null}. */
    private LockCycle feasible(List<GlobalLock> nodes) {
        List<List<LockEdge>> options = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            List<LockEdge> hop = out.getOrDefault(nodes.get(i), Map.of()).get(nodes.get((i + 1) % nodes.size()));
            if (hop == null || hop.isEmpty()) {
                return null;
            }
            options.add(hop);
        }
        int[] budget = {MAX_COMBINATIONS};
        List<LockEdge> chosen = choose(options, 0, new ArrayList<>(), budget);
        return chosen == null ? null : new LockCycle(chosen);
    }

    private List<LockEdge> choose(List<List<LockEdge>> options, int i, List<LockEdge> chosen, int[] budget) {
        if (i == options.size()) {
            return blocks(chosen) && noCommonGate(chosen) && notOneMethod(chosen) && sameLocks(chosen)
                    ? new ArrayList<>(chosen) : null;
        }
        for (LockEdge e : options.get(i)) {
            if (budget[0]-- <= 0) {
                return null;
            }
            chosen.add(e);
            List<LockEdge> found = choose(options, i + 1, chosen, budget);
            chosen.remove(chosen.size() - 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** At each lock, the thread waiting for it and the thread holding it conflict (not both reading). */
    private static boolean blocks(List<LockEdge> edges) {
        for (int i = 0; i < edges.size(); i++) {
            LockEdge waiting = edges.get(i);
            LockEdge holding = edges.get((i + 1) % edges.size());
            if (waiting.toRead() && holding.fromRead()) {
                return false;
            }
        }
        return true;
    }

    /**
     * At each lock, the one a side waits for can be the one the next side holds: a lock field of an object
     * of one class is not that field of an object of a class unrelated to it (a parent consumer's queue
     * lock and its child consumer's, both inherited from one base class).
     */
    private boolean sameLocks(List<LockEdge> edges) {
        for (int i = 0; i < edges.size(); i++) {
            String waited = edges.get(i).toObject();
            String held = edges.get((i + 1) % edges.size()).fromObject();
            if (waited != null && held != null && !related.test(waited, held)) {
                return false;
            }
        }
        return true;
    }

    /** A lock held by every side first (a gate) orders them: no deadlock. */
    private static boolean noCommonGate(List<LockEdge> edges) {
        Set<GlobalLock> common = new TreeSet<>(edges.get(0).gates());
        for (LockEdge e : edges) {
            common.retainAll(e.gates());
        }
        return common.isEmpty();
    }

    /**
     * Both orders written in one method that holds a lock of its own object throughout cannot be two
     * threads at once only when that lock is a gate; otherwise two threads may run the method. Kept as a
     * hook for single-threaded contexts (all sides in one static initializer).
     */
    private static boolean notOneMethod(List<LockEdge> edges) {
        Set<String> methods = new LinkedHashSet<>();
        for (LockEdge e : edges) {
            methods.add(e.method().toString());
        }
        return !(methods.size() == 1 && edges.get(0).method().declaringMethod().facts().kind()
                == dev.fearless.facts.MethodFacts.Kind.STATIC_INITIALIZER);
    }

    private static String canonical(List<GlobalLock> nodes) {
        int start = 0;
        for (int i = 1; i < nodes.size(); i++) {
            if (nodes.get(i).compareTo(nodes.get(start)) < 0) {
                start = i;
            }
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            key.append(nodes.get((start + i) % nodes.size()).key()).append('>');
        }
        return key.toString();
    }

    /** Strongly connected components of the node graph (Tarjan), members sorted, components in node order. */
    private List<List<GlobalLock>> components() {
        Map<GlobalLock, Integer> index = new HashMap<>();
        Map<GlobalLock, Integer> low = new HashMap<>();
        Deque<GlobalLock> stack = new ArrayDeque<>();
        Set<GlobalLock> onStack = new HashSet<>();
        List<List<GlobalLock>> result = new ArrayList<>();
        int[] counter = {0};
        Set<GlobalLock> all = new TreeSet<>(out.keySet());
        out.values().forEach(m -> all.addAll(m.keySet()));
        for (GlobalLock root : all) {
            if (index.containsKey(root)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            index.put(root, counter[0]);
            low.put(root, counter[0]++);
            stack.push(root);
            onStack.add(root);
            work.push(new Object[] {root, new ArrayList<>(out.getOrDefault(root, Map.of()).keySet()), 0});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                GlobalLock n = (GlobalLock) frame[0];
                @SuppressWarnings("unchecked")
                List<GlobalLock> next = (List<GlobalLock>) frame[1];
                int k = (Integer) frame[2];
                if (k < next.size()) {
                    frame[2] = k + 1;
                    GlobalLock t = next.get(k);
                    if (!index.containsKey(t)) {
                        index.put(t, counter[0]);
                        low.put(t, counter[0]++);
                        stack.push(t);
                        onStack.add(t);
                        work.push(new Object[] {t, new ArrayList<>(out.getOrDefault(t, Map.of()).keySet()), 0});
                    } else if (onStack.contains(t)) {
                        low.put(n, Math.min(low.get(n), index.get(t)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    GlobalLock parent = (GlobalLock) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(n)));
                }
                if (low.get(n).equals(index.get(n))) {
                    List<GlobalLock> component = new ArrayList<>();
                    GlobalLock x;
                    do {
                        x = stack.pop();
                        onStack.remove(x);
                        component.add(x);
                    } while (!x.equals(n));
                    component.sort(null);
                    result.add(component);
                }
            }
        }
        result.sort(Comparator.comparing(c -> c.get(0)));
        return result;
    }
}
