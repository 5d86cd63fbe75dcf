package dev.fearless.program;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code written directly inside each method that can capture its locals: its closures and the
 * methods of the anonymous and local classes declared in it. Built in its constructor; immutable.
 */
final class NestedMethods {

    private final Map<MethodInfo, List<MethodInfo>> nested = new IdentityHashMap<>();

    NestedMethods(List<MethodInfo> methods) {
        Map<MethodInfo, List<MethodInfo>> found = new IdentityHashMap<>();
        for (MethodInfo m : methods) {
            MethodInfo parent = m.closureParent();
            if (parent == null) {
                parent = m.owner().enclosingMethod();
            }
            if (parent != null) {
                found.computeIfAbsent(parent, k -> new ArrayList<>()).add(m);
            }
        }
        found.forEach((parent, inside) -> nested.put(parent, List.copyOf(inside)));
    }

    /** The code written directly inside {@code m}, in program order (call again for deeper nesting). */
    List<MethodInfo> in(MethodInfo m) {
        return nested.getOrDefault(m, List.of());
    }
}
