package dev.fearless.summary;

import dev.fearless.program.CallSite;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Strongly connected components of the call graph (or of a graph over methods with other edges),
 * callees before callers (iterative Tarjan).
 */
final class Components {

    private final Program program;
    private final Function<MethodInfo, List<MethodInfo>> successors;
    private final Map<MethodInfo, Integer> index = new IdentityHashMap<>();
    private final Map<MethodInfo, Integer> low = new IdentityHashMap<>();
    private final Set<MethodInfo> onStack = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Deque<MethodInfo> stack = new ArrayDeque<>();
    private final List<List<MethodInfo>> result = new ArrayList<>();
    private int counter;

    private Components(Program program, Function<MethodInfo, List<MethodInfo>> successors) {
        this.program = program;
        this.successors = successors;
    }

    /** The components, each listed after every component it calls into. */
    static List<List<MethodInfo>> bottomUp(Program program) {
        return new Components(program, m -> {
            List<MethodInfo> targets = new ArrayList<>();
            for (CallSite s : program.callGraph().callsFrom(m)) {
                targets.add(s.target());
            }
            return targets;
        }).compute();
    }

    /** The components of the graph whose edges go from each method to its {@code successors}, callees first. */
    static List<List<MethodInfo>> bottomUp(Program program, Function<MethodInfo, List<MethodInfo>> successors) {
        return new Components(program, successors).compute();
    }

    /** Whether a method calls itself directly. */
    static boolean selfRecursive(Program program, MethodInfo m) {
        for (CallSite s : program.callGraph().callsFrom(m)) {
            if (s.target() == m) {
                return true;
            }
        }
        return false;
    }

    private List<List<MethodInfo>> compute() {
        for (MethodInfo m : program.methods()) {
            if (!index.containsKey(m)) {
                visit(m);
            }
        }
        return result;
    }

    private void visit(MethodInfo root) {
        Deque<Object[]> work = new ArrayDeque<>();
        enter(root);
        work.push(new Object[] {root, successors.apply(root), 0});
        while (!work.isEmpty()) {
            Object[] frame = work.peek();
            MethodInfo m = (MethodInfo) frame[0];
            @SuppressWarnings("unchecked")
            List<MethodInfo> calls = (List<MethodInfo>) frame[1];
            int next = (Integer) frame[2];
            if (next < calls.size()) {
                frame[2] = next + 1;
                MethodInfo t = calls.get(next);
                if (!index.containsKey(t)) {
                    enter(t);
                    work.push(new Object[] {t, successors.apply(t), 0});
                } else if (onStack.contains(t)) {
                    low.put(m, Math.min(low.get(m), index.get(t)));
                }
                continue;
            }
            work.pop();
            if (!work.isEmpty()) {
                MethodInfo parent = (MethodInfo) work.peek()[0];
                low.put(parent, Math.min(low.get(parent), low.get(m)));
            }
            if (low.get(m).equals(index.get(m))) {
                List<MethodInfo> component = new ArrayList<>();
                MethodInfo x;
                do {
                    x = stack.pop();
                    onStack.remove(x);
                    component.add(x);
                } while (x != m);
                result.add(component);
            }
        }
    }

    private void enter(MethodInfo m) {
        index.put(m, counter);
        low.put(m, counter);
        counter++;
        stack.push(m);
        onStack.add(m);
    }
}
