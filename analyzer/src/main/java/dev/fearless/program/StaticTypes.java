package dev.fearless.program;

import dev.fearless.budget.Cutoffs;
import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.facts.Variable;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import java.util.List;
import java.util.Objects;

/**
 * The static types of values in a method: of fields, parameters and locals (a {@code var} local takes
 * the type of the value first assigned to it), of {@code new}, of literals, of array and collection
 * elements, and of call results (a program method's return type, or a library call's result from
 * {@link LibraryResults}). Also the field an access path ends in, since following a path needs the types
 * of its steps.
 *
 * <p>A call's result type needs the program method the call runs, which {@link CallTargets} tells: while
 * the call graph is built, by resolving that call in turn; afterwards, from the call graph. Each
 * instance keeps the one way it was built with. Immutable, no memo.
 */
final class StaticTypes {

    /** How deep the type of one value may look through other values (call results, {@code var} locals). */
    private static final int MAX_TYPE_DEPTH = 12;

    /** The program methods the call at {@code eventIndex} of {@code caller} runs. */
    @FunctionalInterface
    interface CallTargets {

        /** {@code depth} is how deep the type being computed already looks, for a resolver that recurses. */
        List<MethodInfo> of(MethodInfo caller, int eventIndex, Event.Call call, int depth);
    }

    private final TypeTable types;
    private final Hierarchy hierarchy;
    private final TypeResolver names;
    private final Traits traits;
    private final KnowledgeBase knowledge;
    private final LibraryResults library;
    private final CallTargets calls;
    private final Cutoffs cutoffs;

    StaticTypes(TypeTable types, Hierarchy hierarchy, TypeResolver names, Traits traits, KnowledgeBase knowledge,
                CallTargets calls) {
        this(types, hierarchy, names, traits, knowledge, calls, new Cutoffs());
    }

    /** Static types that count, in {@code cutoffs}, the values too deep to type. */
    StaticTypes(TypeTable types, Hierarchy hierarchy, TypeResolver names, Traits traits, KnowledgeBase knowledge,
                CallTargets calls, Cutoffs cutoffs) {
        this.cutoffs = cutoffs;
        this.types = types;
        this.hierarchy = hierarchy;
        this.names = names;
        this.traits = traits;
        this.knowledge = knowledge;
        this.library = new LibraryResults(names, traits);
        this.calls = calls;
    }

    /** The static type of a value in method {@code m}. */
    StaticType of(MethodInfo m, Value v) {
        return of(m, v, 0);
    }

    /** The static type of a value, when computing it is already {@code depth} steps deep. */
    StaticType of(MethodInfo m, Value v, int depth) {
        if (depth > MAX_TYPE_DEPTH) {
            cutoffs.hit("static types", "a value " + MAX_TYPE_DEPTH + " steps deep is not typed", m.qualifiedName());
            return StaticType.UNKNOWN;
        }
        if (v instanceof Value.PathValue pv) {
            return pathType(m, pv.path(), depth + 1);
        }
        if (v instanceof Value.NewValue nv) {
            if (!nv.anonymousType().isEmpty()) {
                return new StaticType(nv.anonymousType(), nv.type(), m.owner());
            }
            return typed(nv.type(), m.owner());
        }
        if (v instanceof Value.TypeName t) {
            String name = types.contains(t.name()) || knowledge.type(t.name()) != null ? t.name()
                    : names.resolve(t.name(), m.owner());
            return new StaticType(name, TypeRef.of(t.name()), m.owner());
        }
        if (v instanceof Value.Literal lit) {
            return switch (lit.kind()) {
                case STRING -> new StaticType("java.lang.String", TypeRef.of("String"), m.owner());
                case CLASS -> new StaticType("java.lang.Class", TypeRef.of("Class"), m.owner());
                default -> StaticType.UNKNOWN;
            };
        }
        if (v instanceof Value.CallResult cr) {
            return callResultType(m, cr.eventIndex(), depth + 1);
        }
        if (v instanceof Value.Element e) {
            StaticType container = of(m, e.of(), depth + 1);
            if (container.written().isArray()) {
                return typed(container.written().element(), container.context());
            }
            List<TypeRef> arguments = container.written().arguments();
            TypeRef arg = arguments.isEmpty() ? TypeRef.UNKNOWN
                    : arguments.get(isMap(container.name()) && arguments.size() > 1 ? 1 : 0);
            return arg.isKnown() ? typed(arg, container.context()) : StaticType.UNKNOWN;
        }
        if (v instanceof Value.Implicit) {
            return new StaticType(m.owner().name(), TypeRef.of(m.owner().name()), m.owner());
        }
        if (v instanceof Value.Choice c) {
            return commonType(m, c, depth + 1);
        }
        return StaticType.UNKNOWN;
    }

    /**
     * The static type of a choice between values ({@code custom != null ? custom : DEFAULT}): the type every
     * option has, when they all have the same one.
     */
    private StaticType commonType(MethodInfo m, Value.Choice c, int depth) {
        StaticType common = null;
        for (Value option : c.options()) {
            if (option instanceof Value.Literal l && l.kind() == Value.LiteralKind.NULL) {
                continue;
            }
            StaticType t = of(m, option, depth);
            if (t.name() == null || common != null && !t.name().equals(common.name())) {
                return StaticType.UNKNOWN;
            }
            common = common == null ? t : common;
        }
        return common == null ? StaticType.UNKNOWN : common;
    }

    /** The static type of a call's receiver ({@code super} is the superclass), or {@code null}. */
    String receiverType(MethodInfo m, Event.Call call) {
        return call.receiver() instanceof Value.Super ? m.owner().superclass() : receiverOf(m, call, 0).name();
    }

    /** The static type of a call's receiver: the type it is cast to when it is cast, else the receiver's own. */
    StaticType receiverOf(MethodInfo m, Event.Call call, int depth) {
        if (call.receiverCast().isKnown() && !call.receiverCast().isPrimitive()) {
            StaticType cast = typed(call.receiverCast(), m.owner());
            if (cast.name() != null) {
                return cast;
            }
        }
        if (call.receiver() instanceof Value.Implicit) {
            String imported = staticallyImportedFrom(m.owner(), call.name(), call.arity());
            if (imported != null) {
                return new StaticType(imported, TypeRef.of(imported), m.owner());
            }
        }
        return of(m, call.receiver(), depth);
    }

    /**
     * The library type an unqualified call is statically imported from ({@code import static
     * java.lang.Thread.currentThread;}), when no class the call's code is in (nor an enclosing one) has a
     * program method of its name, which would take precedence; {@code null} otherwise.
     */
    private String staticallyImportedFrom(TypeInfo owner, String name, int arity) {
        for (TypeInfo t = owner; t != null; t = t.enclosing()) {
            if (!hierarchy.methods(t, name, arity).isEmpty()) {
                return null;
            }
        }
        for (dev.fearless.facts.ImportFacts i : owner.file().imports()) {
            String type = i.onDemand() ? null : i.staticOwnerOf(name);
            if (type != null) {
                return types.type(type) == null ? type : null;
            }
        }
        return null;
    }

    private boolean isMap(String name) {
        return name != null && traits.is(name, TypeTrait.MAP);
    }

    private StaticType typed(TypeRef ref, TypeInfo context) {
        if (!ref.isKnown()) {
            return StaticType.UNKNOWN;
        }
        if (ref.isArray()) {
            return new StaticType(ref.name().isEmpty() ? "[]" : resolveOrPrimitive(ref, context) + "[]", ref, context);
        }
        return new StaticType(resolveOrPrimitive(ref, context), ref, context);
    }

    private String resolveOrPrimitive(TypeRef ref, TypeInfo context) {
        if (TypeRef.of(ref.name()).isPrimitive()) {
            return ref.name();
        }
        return names.resolve(ref.name(), context);
    }

    private StaticType pathType(MethodInfo m, AccessPath p, int depth) {
        StaticType current = switch (p.root()) {
            case THIS -> new StaticType(m.owner().name(), TypeRef.of(m.owner().name()), m.owner());
            case OUTER, STATIC -> {
                String name = types.contains(p.rootName()) ? p.rootName() : names.resolve(p.rootName(), m.owner());
                yield new StaticType(name, TypeRef.of(p.rootName()), m.owner());
            }
            case LOCAL, PARAM -> variableType(m, p.root(), p.rootName(), depth);
        };
        if (!p.isField()) {
            return current;
        }
        FieldInfo f = field(m, p);
        if (f == null && p.root() == AccessPath.Root.STATIC && p.fields().size() == 1 && current.name() != null
                && types.type(current.name()) == null && traits.is(current.name(), TypeTrait.ENUM)) {
            return new StaticType(current.name(), TypeRef.of(current.name()), m.owner()); // a library enum's constant
        }
        return f == null ? StaticType.UNKNOWN : typed(f.facts().type(), f.owner());
    }

    /**
     * The field an access path ends in, seen from method {@code m}: {@code this.a.b} resolves {@code a}
     * in m's type (or, for an implicit name in an inner class, in an enclosing type), then {@code b} in
     * the type of {@code a}. {@code null} when any step is unknown.
     */
    FieldInfo field(MethodInfo m, AccessPath path) {
        if (!path.isField()) {
            return null;
        }
        TypeInfo owner = rootType(m, path);
        FieldInfo f = null;
        for (int i = 0; i < path.fields().size(); i++) {
            String name = path.fields().get(i);
            if (owner == null) {
                return null;
            }
            f = hierarchy.field(owner, name);
            if (f == null && i == 0 && path.root() == AccessPath.Root.THIS) {
                for (TypeInfo e = owner.enclosing(); e != null && f == null; e = e.enclosing()) {
                    f = hierarchy.field(e, name);
                }
            }
            if (f == null) {
                return null;
            }
            if (i + 1 < path.fields().size()) {
                owner = types.type(names.resolve(f.facts().type(), f.owner()));
            }
        }
        return f;
    }

    private TypeInfo rootType(MethodInfo m, AccessPath path) {
        return switch (path.root()) {
            case THIS -> m.owner();
            case OUTER, STATIC -> {
                TypeInfo t = types.type(path.rootName());
                yield t != null ? t : types.type(names.resolve(path.rootName(), m.owner()));
            }
            case LOCAL, PARAM -> types.type(of(m, new Value.PathValue(AccessPath.root(path.root(), path.rootName()))).name());
        };
    }

    /** The declared type of a parameter or local of {@code m}, looking through enclosing methods for captures. */
    StaticType variableType(MethodInfo m, AccessPath.Root root, String name) {
        return variableType(m, root, name, 0);
    }

    private StaticType variableType(MethodInfo m, AccessPath.Root root, String name, int depth) {
        MethodInfo current = m;
        AccessPath.Root kind = root;
        while (current != null) {
            MethodFacts f = current.facts();
            List<Variable> first = kind == AccessPath.Root.PARAM ? f.params() : f.locals();
            List<Variable> second = kind == AccessPath.Root.PARAM ? f.locals() : f.params();
            for (List<Variable> vars : List.of(first, second)) {
                for (Variable v : vars) {
                    if (v.name().equals(name)) {
                        if (v.type().isKnown()) {
                            return typed(v.type(), current.owner());
                        }
                        return f.isClosure() && f.params().contains(v) ? elementParam(current, name, depth + 1)
                                : inferLocal(current, name, depth + 1);
                    }
                }
            }
            MethodInfo parent = current.closureParent();
            if (parent == null) {
                parent = current.owner().enclosingMethod();
            }
            current = parent;
            kind = AccessPath.Root.LOCAL;
        }
        return StaticType.UNKNOWN;
    }

    /**
     * The type of a lambda's parameter written without one, when the call the lambda is handed to calls it
     * with the receiver's elements ({@code listeners.forEach(l -> l.changed())}, {@code map.forEach((k, v)
     * -> ...)}, {@code optional.ifPresent(x -> ...)}): the receiver's type argument for that parameter.
     */
    private StaticType elementParam(MethodInfo closure, String name, int depth) {
        return elementParam(closure, closure.facts().paramIndex(name), depth);
    }

    /**
     * The type of the first argument a method reference is called with, which the reference leaves
     * unnamed ({@code handlers.forEach(executor::submit)}: a handler), as for a lambda's parameter.
     */
    StaticType referenceArgument(MethodInfo reference) {
        return reference.facts().isClosure() && reference.facts().params().isEmpty()
                ? elementParam(reference, 0, 0) : StaticType.UNKNOWN;
    }

    private StaticType elementParam(MethodInfo closure, int index, int depth) {
        MethodInfo parent = closure.closureParent();
        int site = closure.facts().siteEvent();
        if (parent == null || site < 0 || !(parent.facts().eventAt(site) instanceof Event.Call call)) {
            return StaticType.UNKNOWN;
        }
        StaticType container = receiverOf(parent, call, depth + 1);
        if (!container.isKnown() || !traits.ofCall(container.name(), call).contains(MethodTrait.ELEMENT_CALLBACK)) {
            return functionParam(parent, site, call, closure, index, depth + 1);
        }
        int argument = isMap(container.name()) ? index : index == 0 ? 0 : -1;
        List<TypeRef> arguments = container.written().arguments();
        if (argument < 0 || argument >= arguments.size() || !arguments.get(argument).isKnown()) {
            return StaticType.UNKNOWN;
        }
        return typed(arguments.get(argument), container.context());
    }

    /**
     * The type of parameter {@code index} of a lambda handed to a program method whose parameter is a
     * function type with its parameters' types as type arguments ({@code void each(Consumer<Listener> c)}:
     * {@code each(l -> l.changed())}); unknown unless every method the call may run says the same.
     */
    private StaticType functionParam(MethodInfo parent, int site, Event.Call call, MethodInfo closure, int index,
                                     int depth) {
        int position = closure.passedAt(call);
        StaticType result = null;
        for (MethodInfo t : position < 0 ? List.<MethodInfo>of() : calls.of(parent, site, call, depth)) {
            List<Variable> declared = t.facts().params();
            TypeRef function = position < declared.size() ? declared.get(position).type() : TypeRef.UNKNOWN;
            String functionType = function.isKnown() ? names.resolve(function, t.owner()) : null;
            if (functionType == null || !knowledge.is(functionType, TypeTrait.ARGUMENT_PARAMS)
                    || index >= function.arguments().size()) {
                return StaticType.UNKNOWN;
            }
            StaticType p = typed(function.arguments().get(index), t.owner());
            if (result != null && !Objects.equals(result.name(), p.name())) {
                return StaticType.UNKNOWN;
            }
            result = p;
        }
        return result == null ? StaticType.UNKNOWN : result;
    }

    /** The type of a {@code var} local from the value first assigned to it. */
    private StaticType inferLocal(MethodInfo m, String name, int depth) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(name) && !(la.value() instanceof Value.PathValue pv
                    && pv.path().root() == AccessPath.Root.LOCAL && pv.path().rootName().equals(name))) {
                return of(m, la.value(), depth + 1);
            }
        }
        return StaticType.UNKNOWN;
    }

    /**
     * The receiver of an unqualified call the program does not declare, when the class it is written in has a
     * library superclass whose table rows give the method a result; unknown otherwise.
     */
    private StaticType inheritedFromLibrary(MethodInfo m, Event.Call call, int depth) {
        StaticType receiver = receiverOf(m, call, depth + 1);
        return receiver.isKnown() && traits.result(receiver.name(), call.name(), call.arity()) != null
                ? receiver : StaticType.UNKNOWN;
    }

    private StaticType callResultType(MethodInfo m, int eventIndex, int depth) {
        List<Event> events = m.facts().events();
        if (eventIndex < 0 || eventIndex >= events.size()) {
            return StaticType.UNKNOWN;
        }
        Event e = events.get(eventIndex);
        if (e instanceof Event.NewObject n) {
            return of(m, new Value.NewValue(n.type(), n.anonymousType(), eventIndex));
        }
        if (!(e instanceof Event.Call call)) {
            return StaticType.UNKNOWN;
        }
        List<MethodInfo> targets = calls.of(m, eventIndex, call, depth + 1);
        if (!targets.isEmpty()) {
            MethodInfo target = targets.get(0);
            return typed(target.facts().returnType(), target.owner());
        }
        // An unqualified call is a library method when it is statically imported ({@code currentThread()}),
        // or inherited from a library superclass ({@code getThreadFactory()} in a ThreadPoolExecutor subclass):
        // then the table's rows for that superclass give its result.
        StaticType receiver = call.receiver() instanceof Value.Implicit
                && staticallyImportedFrom(m.owner(), call.name(), call.arity()) == null
                ? inheritedFromLibrary(m, call, depth) : receiverOf(m, call, depth + 1);
        if (receiver.isKnown() && call.args().size() == 1 && call.args().get(0) instanceof Value.Closure c
                && traits.ofCall(receiver.name(), call).contains(MethodTrait.ELEMENT_MAP)) {
            StaticType mapped = mapped(m, receiver, c, depth + 1);
            if (mapped.isKnown()) {
                return new StaticType(receiver.name(), new TypeRef(receiver.name(), List.of(TypeRef.of(mapped.name())), 0),
                        receiver.context());
            }
        }
        return library.resultOf(receiver, call);
    }

    /**
     * The type of what the function {@code f} makes of each element of {@code container}
     * ({@code stream.map(Optional::get)}, {@code stream.map(x -> x.owner())}): the type of the value its
     * lambda returns, or of the method its reference names called on an element; unknown otherwise.
     */
    private StaticType mapped(MethodInfo m, StaticType container, Value.Closure f, int depth) {
        if (f.closure() < 0 || f.closure() >= m.owner().methods().size()) {
            return StaticType.UNKNOWN;
        }
        MethodInfo closure = m.owner().method(f.closure());
        List<Event> events = closure.facts().events();
        for (Event e : events) {
            if (e instanceof Event.Return r && r.value() != null) {
                return of(closure, r.value(), depth + 1);
            }
        }
        List<TypeRef> arguments = container.written().arguments();
        if (events.size() != 1 || !(events.get(0) instanceof Event.Call ref) || ref.style() != Event.CallStyle.METHOD_REFERENCE
                || !(ref.receiver() instanceof Value.TypeName) || arguments.isEmpty()) {
            return StaticType.UNKNOWN;
        }
        StaticType element = typed(arguments.get(0), container.context());
        TypeInfo t = element.name() == null ? null : types.type(element.name());
        if (t != null) {
            List<MethodInfo> found = hierarchy.methods(t, ref.name(), 0);
            return found.size() == 1 ? typed(found.get(0).facts().returnType(), found.get(0).owner()) : StaticType.UNKNOWN;
        }
        return element.isKnown() ? library.resultOf(element, ref.name(), 0) : StaticType.UNKNOWN;
    }
}
