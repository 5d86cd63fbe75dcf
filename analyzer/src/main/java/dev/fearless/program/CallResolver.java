package dev.fearless.program;

import dev.fearless.budget.Cutoffs;
import dev.fearless.facts.Event;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Variable;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
            return t == null ? List.of() : applicable(caller, call, constructors(t, arity));
        }
        if (receiver instanceof Value.Implicit) {
            for (TypeInfo t = owner; t != null; t = t.enclosing()) {
                List<MethodInfo> found = hierarchy.methods(t, name, arity);
                if (!found.isEmpty()) {
                    return withOverrides(t, applicable(caller, call, found), name, arity);
                }
            }
            return applicable(caller, call, staticallyImported(owner, name, arity));
        }
        if (receiver instanceof Value.Super) {
            TypeInfo sup = types.type(owner.superclass());
            if (sup != null) {
                return applicable(caller, call, hierarchy.methods(sup, name, arity));
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
        List<MethodInfo> declared = hierarchy.methods(t, name, arity);
        Overloads overloads = declared.size() < 2 ? null : new Overloads(caller, call, declared);
        List<MethodInfo> found = overloads == null ? declared : applicable(overloads, declared);
        if (receiver instanceof Value.TypeName) {
            return found;
        }
        List<MethodInfo> all = withOverrides(t, found, name, arity);
        if (found.size() == declared.size() || all.size() == found.size()) {
            return all;
        }
        // the overrides of the overloads ruled out are ruled out alike (subclasses override by name and arity here)
        return all.stream().filter(x -> found.contains(x) || overloads.accepts(x)).toList();
    }

    /**
     * Of the overloads found (methods named alike that take as many arguments), those the arguments can be
     * passed to; all of them when the arguments cannot tell them apart. An argument rules a method out only
     * when it certainly cannot be passed: a literal of another kind, a primitive for a parameter of a
     * program type, an object of a program type for a primitive or for an unrelated program type. Of those
     * left, the ones whose parameters have exactly the arguments' types are the most specific (JLS
     * 15.12.2.5). Only the positions where the overloads' parameters differ are looked at.
     */
    private List<MethodInfo> applicable(MethodInfo caller, Event.Call call, List<MethodInfo> found) {
        return found.size() < 2 ? found : applicable(new Overloads(caller, call, found), found);
    }

    /** {@link #applicable(MethodInfo, Event.Call, List)} with the call's arguments already set against {@code found}. */
    private List<MethodInfo> applicable(Overloads o, List<MethodInfo> found) {
        if (o.differing.isEmpty()) {
            return found;
        }
        List<MethodInfo> result = new ArrayList<>();
        for (MethodInfo t : found) {
            if (o.accepts(t)) {
                result.add(t);
            }
        }
        if (result.isEmpty()) {
            result = new ArrayList<>(found);
        }
        List<MethodInfo> exact = new ArrayList<>();
        for (MethodInfo t : result) {
            if (o.exactFor(t)) {
                exact.add(t);
            }
        }
        if (!exact.isEmpty()) {
            result = exact;
        }
        return result.size() == found.size() ? found : List.copyOf(result);
    }

    /** One call's arguments against the overloads it may run, each argument typed once, when needed. */
    private final class Overloads {
        private final MethodInfo caller;
        private final Event.Call call;
        /** The argument positions where the overloads' declared parameter types are not all the same. */
        private final List<Integer> differing = new ArrayList<>();
        private final StaticType[] argTypes;

        Overloads(MethodInfo caller, Event.Call call, List<MethodInfo> found) {
            this.caller = caller;
            this.call = call;
            this.argTypes = new StaticType[call.args().size()];
            for (int i = 0; i < call.args().size(); i++) {
                TypeRef first = param(found.get(0), i);
                for (MethodInfo t : found) {
                    if (!Objects.equals(param(t, i), first)) {
                        differing.add(i);
                        break;
                    }
                }
            }
        }

        /** The declared type of parameter {@code i} of {@code t}, or {@code null} past its fixed ones. */
        private TypeRef param(MethodInfo t, int i) {
            List<Variable> params = t.facts().params();
            int fixed = t.facts().varargs() ? params.size() - 1 : params.size();
            return i < fixed ? params.get(i).type() : null;
        }

        /** The static type of argument {@code i}: the type it is cast to, if it is cast ({@code f((Foo) x)}). */
        private StaticType type(int i) {
            if (argTypes[i] == null) {
                TypeRef cast = call.argCast(i);
                argTypes[i] = cast.isKnown()
                        ? new StaticType(cast.isPrimitive() ? cast.name() : names.resolve(cast, caller.owner()), cast, caller.owner())
                        : staticTypes.of(caller, call.args().get(i));
            }
            return argTypes[i];
        }

        /** Whether the value can be typed here: a literal, a new object, a variable or field, or a cast. */
        private boolean typed(int i) {
            Value arg = call.args().get(i);
            return arg instanceof Value.Literal || arg instanceof Value.NewValue || arg instanceof Value.PathValue
                    || call.argCast(i).isKnown();
        }

        boolean accepts(MethodInfo target) {
            for (int i : differing) {
                TypeRef param = param(target, i);
                if (param != null && !mayPass(i, param, target.owner())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether every argument whose type is known at a differing position (and at least one) has
         * exactly the type of its parameter.
         */
        boolean exactFor(MethodInfo target) {
            if (target.facts().varargs() || target.facts().params().size() != call.args().size()) {
                return false;
            }
            boolean any = false;
            for (int i : differing) {
                TypeRef param = param(target, i);
                if (!typed(i) || param == null || !param.isKnown() || param.isPrimitive() || param.isArray()) {
                    continue;
                }
                StaticType at = type(i);
                if (at.name() == null || at.written().isPrimitive() || at.written().isArray()) {
                    continue;
                }
                if (!at.name().equals(names.resolve(param, target.owner()))) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        private boolean mayPass(int i, TypeRef param, TypeInfo declaredIn) {
            if (!param.isKnown()) {
                return true;
            }
            boolean programParam = !param.isPrimitive() && !param.isArray() && types.type(names.resolve(param, declaredIn)) != null;
            if (call.args().get(i) instanceof Value.Literal lit && !call.argCast(i).isKnown()) {
                return switch (lit.kind()) {
                    case NULL -> !param.isPrimitive();
                    case STRING, CLASS -> !param.isPrimitive() && !programParam;
                    case BOOLEAN -> param.isPrimitive() ? param.isBoolean() : !programParam;
                    case NUMBER, CHAR -> param.isPrimitive() ? !param.isBoolean() : !programParam;
                };
            }
            if (!typed(i)) {
                return true;
            }
            StaticType at = type(i);
            if (at.written().isPrimitive()) {
                return param.isPrimitive() || !programParam;
            }
            TypeInfo argType = at.written().isArray() ? null : types.type(at.name());
            if (argType == null) {
                return true;
            }
            if (param.isPrimitive()) {
                return false; // an object of a program type never unboxes
            }
            return !programParam || hierarchy.isSubtype(argType.name(), names.resolve(param, declaredIn));
        }
    }

    /**
     * The static methods an unqualified call reaches through the file's static imports
     * ({@code import static a.C.name;} or {@code import static a.C.*;}), when the program declares them.
     */
    private List<MethodInfo> staticallyImported(TypeInfo owner, String name, int arity) {
        for (dev.fearless.facts.ImportFacts i : owner.file().imports()) {
            String typeName = i.staticOwnerOf(name);
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

    /** Records that resolving a call of {@code m} failed with {@code failure} (a defect): it is left without targets. */
    void failed(MethodInfo m, RuntimeException failure) {
        cutoffs.hit("call targets", "calls fearless failed to resolve (an internal error: " + failure.getClass().getSimpleName()
                + ") are left without targets", m.qualifiedName());
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
