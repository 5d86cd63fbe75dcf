package dev.fearless.program;

import dev.fearless.knowledge.KnowledgeBase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Walks the class hierarchy of a {@link TypeTable}: the supertypes of a type (program and library),
 * the subtypes of a program type, and the members a program type declares or inherits from its program
 * supertypes (fields, methods, member types), all found by one breadth-first walk up the hierarchy.
 *
 * <p>Immutable. Supertype sets and inherited fields are memoized in concurrent maps: the hierarchy does
 * not change, so the memo only saves work. (While the {@link TypeTable} is still linking supertypes,
 * only {@link #memberType} is used, which keeps no memo.)
 */
final class Hierarchy {

    private final TypeTable types;
    private final KnowledgeBase knowledge;
    private final Map<String, Set<String>> supertypeMemo = new ConcurrentHashMap<>();
    private final Map<FieldKey, Optional<FieldInfo>> fieldMemo = new ConcurrentHashMap<>();

    /** A field looked up by name in a type and its supertypes. */
    private record FieldKey(TypeInfo type, String name) {
    }

    Hierarchy(TypeTable types, KnowledgeBase knowledge) {
        this.types = types;
        this.knowledge = knowledge;
    }

    /**
     * Visits {@code start}, then its program supertypes breadth-first (superclass before interfaces,
     * each type once), and returns the first non-null result of {@code visit}, or {@code null}.
     */
    <R> R findUp(TypeInfo start, Function<TypeInfo, R> visit) {
        Set<String> seen = new HashSet<>();
        Deque<TypeInfo> work = new ArrayDeque<>();
        work.add(start);
        while (!work.isEmpty()) {
            TypeInfo c = work.poll();
            if (!seen.add(c.name())) {
                continue;
            }
            R found = visit.apply(c);
            if (found != null) {
                return found;
            }
            TypeInfo sup = types.type(c.superclass());
            if (sup != null) {
                work.add(sup);
            }
            for (String i : c.interfaces()) {
                TypeInfo it = types.type(i);
                if (it != null) {
                    work.add(it);
                }
            }
        }
        return null;
    }

    /**
     * Visits the program subtypes of {@code t} breadth-first (each name once; {@code t} itself only
     * through a cycle) while {@code visit} returns true.
     */
    void walkDown(TypeInfo t, Predicate<TypeInfo> visit) {
        Deque<TypeInfo> work = new ArrayDeque<>(t.subtypes());
        Set<String> seen = new HashSet<>();
        while (!work.isEmpty()) {
            TypeInfo sub = work.poll();
            if (!seen.add(sub.name())) {
                continue;
            }
            if (!visit.test(sub)) {
                return;
            }
            work.addAll(sub.subtypes());
        }
    }

    /** All known supertypes of a type (program and library), transitively, not including itself. */
    Set<String> supertypes(String qualifiedName) {
        return supertypeMemo.computeIfAbsent(qualifiedName, this::computeSupertypes);
    }

    private Set<String> computeSupertypes(String qualifiedName) {
        Set<String> result = new LinkedHashSet<>();
        Deque<String> work = new ArrayDeque<>();
        work.add(qualifiedName);
        while (!work.isEmpty()) {
            String n = work.poll();
            TypeInfo t = types.type(n);
            List<String> direct = new ArrayList<>();
            if (t != null) {
                if (t.superclass() != null) {
                    direct.add(t.superclass());
                }
                direct.addAll(t.interfaces());
            } else {
                direct.addAll(knowledge.ancestors(n));
            }
            for (String s : direct) {
                if (s != null && result.add(s)) {
                    work.add(s);
                }
            }
        }
        return result;
    }

    boolean isSubtype(String qualifiedName, String ancestor) {
        return qualifiedName != null && (qualifiedName.equals(ancestor) || supertypes(qualifiedName).contains(ancestor));
    }

    /** A field named {@code name} declared in {@code t} or inherited from its program supertypes. */
    FieldInfo field(TypeInfo t, String name) {
        if (t == null) {
            return null;
        }
        return fieldMemo.computeIfAbsent(new FieldKey(t, name),
                k -> Optional.ofNullable(findUp(k.type(), c -> c.declaredField(k.name())))).orElse(null);
    }

    /**
     * Methods named {@code name} accepting {@code arity} arguments, in {@code t} or its nearest supertype
     * declaring one; a class's method is preferred to one an interface declares.
     */
    List<MethodInfo> methods(TypeInfo t, String name, int arity) {
        List<MethodInfo> fromInterfaces = new ArrayList<>();
        List<MethodInfo> found = findUp(t, c -> {
            List<MethodInfo> here = new ArrayList<>();
            for (MethodInfo m : c.methodsNamed(name)) {
                if (!m.facts().isClosure() && m.accepts(arity)) {
                    here.add(m);
                }
            }
            if (here.isEmpty()) {
                return null;
            }
            if (!c.isInterface() || c == t) {
                return here;
            }
            if (fromInterfaces.isEmpty()) {
                fromInterfaces.addAll(here);
            }
            return null;
        });
        return found != null ? found : fromInterfaces;
    }

    /**
     * The qualified name of a member type named {@code simpleName} of {@code t} or of its program
     * supertypes; a top-level {@code t} named so stands for itself. {@code null} when there is none.
     */
    String memberType(TypeInfo t, String simpleName) {
        String found = findUp(t, c -> {
            if (c == t && c.enclosing() == null && c.simpleName().equals(simpleName)) {
                return c.name();
            }
            String candidate = c.name() + "." + simpleName;
            return types.contains(candidate) ? candidate : null;
        });
        if (found != null) {
            return found;
        }
        return t.simpleName().equals(simpleName) ? t.name() : null;
    }
}
