package dev.fearless.program;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code written directly inside each method that can capture its locals: its closures and the
 * methods of the anonymous and local classes declared in it; and all the code written in each top-level
 * class (the code that can name its private members). Built in its constructor; immutable.
 */
final class NestedMethods {

    private final Map<MethodInfo, List<MethodInfo>> nested = new IdentityHashMap<>();
    private final Map<TypeInfo, List<MethodInfo>> byTopLevel = new IdentityHashMap<>();

    NestedMethods(List<MethodInfo> methods) {
        Map<MethodInfo, List<MethodInfo>> found = new IdentityHashMap<>();
        Map<TypeInfo, List<MethodInfo>> written = new IdentityHashMap<>();
        for (MethodInfo m : methods) {
            written.computeIfAbsent(m.owner().topLevel(), k -> new ArrayList<>()).add(m);
            MethodInfo parent = m.closureParent();
            if (parent == null) {
                parent = m.owner().enclosingMethod();
            }
            if (parent != null) {
                found.computeIfAbsent(parent, k -> new ArrayList<>()).add(m);
            }
        }
        found.forEach((parent, inside) -> nested.put(parent, List.copyOf(inside)));
        written.forEach((top, inside) -> byTopLevel.put(top, List.copyOf(inside)));
    }

    /** Every method, constructor, initializer and closure written in the top-level type {@code top}. */
    List<MethodInfo> writtenIn(TypeInfo top) {
        return byTopLevel.getOrDefault(top, List.of());
    }

    /** The code written directly inside {@code m}, in program order (call again for deeper nesting). */
    List<MethodInfo> in(MethodInfo m) {
        return nested.getOrDefault(m, List.of());
    }
}
