package dev.fearless.program;

import dev.fearless.budget.Cutoffs;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves a call to the program methods it may run: the method found up the hierarchy from the
 * receiver's static type (or from the calling class and its enclosing classes for an unqualified call)
 * and, unless the call cannot dispatch further, its overrides in subtypes; and a {@code new} to the
 * constructors it may run. Immutable.
 */
final class CallResolver {

    /** Overrides are collected only until a call has this many targets. */
    private static final int MAX_OVERRIDES = 16;

    private final TypeTable types;
    private final Hierarchy hierarchy;
    private final TypeResolver names;
    private final StaticTypes staticTypes;
    private final Cutoffs cutoffs;

    /** A resolver typing receivers with {@code staticTypes}. */
    CallResolver(TypeTable types, Hierarchy hierarchy, TypeResolver names, StaticTypes staticTypes, Cutoffs cutoffs) {
        this(types, hierarchy, names, self -> staticTypes, cutoffs);
    }

    private CallResolver(TypeTable types, Hierarchy hierarchy, TypeResolver names,
                         Function<CallResolver, StaticTypes> staticTypes, Cutoffs cutoffs) {
        this.cutoffs = cutoffs;
        this.types = types;
        this.hierarchy = hierarchy;
        this.names = names;
        this.staticTypes = staticTypes.apply(this);
    }

    /**
     * A resolver for building the call graph, which does not exist yet: the type of a call's result
     * (when it is a receiver) comes from resolving that call in turn, as deep as static types look.
     */
    static CallResolver beforeCallGraph(TypeTable types, Hierarchy hierarchy, TypeResolver names, Traits traits,
                                        KnowledgeBase knowledge) {
        return beforeCallGraph(types, hierarchy, names, traits, knowledge, new Cutoffs());
    }

    /** As above, counting the limits hit in {@code cutoffs}. */
    static CallResolver beforeCallGraph(TypeTable types, Hierarchy hierarchy, TypeResolver names, Traits traits,
                                        KnowledgeBase knowledge, Cutoffs cutoffs) {
        return new CallResolver(types, hierarchy, names, self -> new StaticTypes(types, hierarchy, names, traits,
                knowledge, (caller, eventIndex, call, depth) -> self.targets(caller, call, depth), cutoffs), cutoffs);
    }

    /** The static types this resolver types receivers with. */
    StaticTypes staticTypes() {
        return staticTypes;
    }

    /** The methods of the program a call may invoke (the declared target and its overrides), or none. */
    List<MethodInfo> targets(MethodInfo caller, Event.Call call) {
        return targets(caller, call, 0);
    }

    private List<MethodInfo> targets(MethodInfo caller, Event.Call call, int depth) {
        String name = call.name();
        int arity = call.arity();
        Value receiver = call.receiver();
        TypeInfo owner = caller.owner();
        if (name.equals("<init>")) {
            TypeInfo t = receiver instanceof Value.Super ? types.type(owner.superclass()) : owner;
            return t == null ? List.of() : constructors(t, arity);
        }
        if (receiver instanceof Value.Implicit) {
            for (TypeInfo t = owner; t != null; t = t.enclosing()) {
                List<MethodInfo> found = hierarchy.methods(t, name, arity);
                if (!found.isEmpty()) {
                    return withOverrides(t, found, name, arity);
                }
            }
            return staticallyImported(owner, name, arity);
        }
        if (receiver instanceof Value.Super) {
            TypeInfo sup = types.type(owner.superclass());
            if (sup != null) {
                return hierarchy.methods(sup, name, arity);
            }
            // A library superclass runs its own method; an interface's code runs only through its default
            // method (Iface.super.m()): a super call never reaches an abstract method.
            for (String i : owner.interfaces()) {
                TypeInfo it = types.type(i);
                if (it != null) {
                    List<MethodInfo> found = hierarchy.methods(it, name, arity).stream()
                            .filter(x -> !x.facts().isAbstract()).toList();
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return List.of();
        }
        TypeInfo t = types.type(staticTypes.receiverOf(caller, call, depth + 1).name());
        if (t == null) {
            return List.of();
        }
        List<MethodInfo> found = hierarchy.methods(t, name, arity);
        return receiver instanceof Value.TypeName ? found : withOverrides(t, found, name, arity);
    }

    /**
     * The static methods an unqualified call reaches through the file's static imports
     * ({@code import static a.C.name;} or {@code import static a.C.*;}), when the program declares them.
     */
    private List<MethodInfo> staticallyImported(TypeInfo owner, String name, int arity) {
        for (dev.fearless.facts.ImportFacts i : owner.file().imports()) {
            if (!i.isStatic()) {
                continue;
            }
            String typeName = i.onDemand() ? i.name() : i.name().endsWith("." + name)
                    ? i.name().substring(0, i.name().length() - name.length() - 1) : null;
            TypeInfo t = typeName == null ? null : types.type(typeName);
            if (t == null) {
                continue;
            }
            List<MethodInfo> found = new ArrayList<>();
            for (MethodInfo m : hierarchy.methods(t, name, arity)) {
                if (m.facts().isStatic()) {
                    found.add(m);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The constructors a {@code new} may run. */
    List<MethodInfo> constructors(MethodInfo caller, Event.NewObject creation) {
        String name = creation.anonymousType().isEmpty() ? names.resolve(creation.type(), caller.owner())
                : creation.anonymousType();
        TypeInfo t = types.type(name);
        return t == null ? List.of() : constructors(t, creation.args().size());
    }

    private static List<MethodInfo> constructors(TypeInfo t, int arity) {
        List<MethodInfo> result = new ArrayList<>();
        for (MethodInfo m : t.methods()) {
            if (m.facts().isConstructor() && m.accepts(arity)) {
                result.add(m);
            }
        }
        return result;
    }

    private List<MethodInfo> withOverrides(TypeInfo staticType, List<MethodInfo> declared, String name, int arity) {
        if (declared.isEmpty()) {
            return declared;
        }
        boolean finalTarget = declared.stream().allMatch(m -> m.facts().isPrivate() || m.facts().isStatic()
                || m.facts().isFinal() || m.owner().facts().isFinal());
        if (finalTarget) {
            return declared;
        }
        List<MethodInfo> all = new ArrayList<>(declared);
        if (all.size() >= MAX_OVERRIDES) {
            return Collections.unmodifiableList(all);
        }
        hierarchy.walkDown(staticType, sub -> {
            for (MethodInfo m : sub.methodsNamed(name)) {
                if (!m.facts().isClosure() && !m.facts().isStatic() && m.accepts(arity) && !all.contains(m)) {
                    all.add(m);
                }
            }
            return all.size() < MAX_OVERRIDES;
        });
        if (all.size() >= MAX_OVERRIDES) {
            cutoffs.hit("call targets", "overrides beyond " + MAX_OVERRIDES + " per call are not followed",
                    staticType.name() + "." + name);
        }
        return Collections.unmodifiableList(all);
    }
}
