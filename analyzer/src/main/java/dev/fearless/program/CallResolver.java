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
        List<MethodInfo> found = applicable(caller, call, hierarchy.methods(t, name, arity));
        return receiver instanceof Value.TypeName ? found : withOverrides(t, found, name, arity);
    }

    /**
     * Of the overloads found (methods named alike that take as many arguments), those the arguments can be
     * passed to; all of them when the arguments cannot tell them apart. An argument rules a method out only
     * when it certainly cannot be passed: a literal of another kind, a primitive for a parameter of a
     * program type, an object of a program type for a primitive or for an unrelated program type.
     */
    private List<MethodInfo> applicable(MethodInfo caller, Event.Call call, List<MethodInfo> found) {
        if (found.size() < 2) {
            return found;
        }
        List<MethodInfo> result = new ArrayList<>();
        for (MethodInfo t : found) {
            if (accepts(caller, call, t)) {
                result.add(t);
            }
        }
        if (result.isEmpty()) {
            result = new ArrayList<>(found);
        }
        List<MethodInfo> exact = new ArrayList<>();
        for (MethodInfo t : result) {
            if (exactFor(caller, call, t)) {
                exact.add(t);
            }
        }
        if (!exact.isEmpty()) {
            result = exact; // the most specific: each typed argument's own type is its parameter's
        }
        return result.size() == found.size() ? found : List.copyOf(result);
    }

    /**
     * Whether every argument whose type is known (and at least one) has exactly the type of its parameter:
     * such an overload is more specific than any other the arguments can be passed to (JLS 15.12.2.5).
     */
    private boolean exactFor(MethodInfo caller, Event.Call call, MethodInfo target) {
        List<Value> args = call.args();
        List<Variable> params = target.facts().params();
        if (target.facts().varargs() || params.size() != args.size()) {
            return false;
        }
        boolean any = false;
        for (int i = 0; i < args.size(); i++) {
            Value arg = args.get(i);
            if (!(arg instanceof Value.Literal || arg instanceof Value.NewValue || arg instanceof Value.PathValue
                    || call.argCast(i).isKnown())) {
                continue;
            }
            StaticType at = argType(caller, call, i);
            TypeRef param = params.get(i).type();
            if (at.name() == null || at.written().isPrimitive() || at.written().isArray() || !param.isKnown()
                    || param.isPrimitive() || param.isArray()) {
                continue;
            }
            if (!at.name().equals(names.resolve(param, target.owner()))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The static type of argument {@code i}: the type it is cast to, if it is cast ({@code f((Foo) x)}). */
    private StaticType argType(MethodInfo caller, Event.Call call, int i) {
        TypeRef cast = call.argCast(i);
        if (cast.isKnown()) {
            return new StaticType(cast.isPrimitive() ? cast.name() : names.resolve(cast, caller.owner()), cast, caller.owner());
        }
        return staticTypes.of(caller, call.args().get(i));
    }

    private boolean accepts(MethodInfo caller, Event.Call call, MethodInfo target) {
        List<Variable> params = target.facts().params();
        int fixed = target.facts().varargs() ? params.size() - 1 : params.size();
        for (int i = 0; i < call.args().size() && i < fixed; i++) {
            if (!mayPass(caller, call, i, params.get(i).type(), target.owner())) {
                return false;
            }
        }
        return true;
    }

    private boolean mayPass(MethodInfo caller, Event.Call call, int i, TypeRef param, TypeInfo declaredIn) {
        Value arg = call.args().get(i);
        if (!param.isKnown()) {
            return true;
        }
        boolean programParam = !param.isPrimitive() && !param.isArray() && types.type(names.resolve(param, declaredIn)) != null;
        if (arg instanceof Value.Literal lit && !call.argCast(i).isKnown()) {
            return switch (lit.kind()) {
                case NULL -> !param.isPrimitive();
                case STRING, CLASS -> !param.isPrimitive() && !programParam;
                case BOOLEAN -> param.isPrimitive() ? param.isBoolean() : !programParam;
                case NUMBER, CHAR -> param.isPrimitive() ? !param.isBoolean() : !programParam;
            };
        }
        if (!(arg instanceof Value.NewValue || arg instanceof Value.PathValue || call.argCast(i).isKnown())) {
            return true;
        }
        StaticType at = argType(caller, call, i);
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
