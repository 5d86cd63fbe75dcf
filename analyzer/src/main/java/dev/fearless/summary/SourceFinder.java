package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Dispatch;
import dev.fearless.facts.Event;
import dev.fearless.facts.Modifiers;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.NameGroup;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the {@link Sources} of values: follows locals to what is assigned to them, parameters to the
 * arguments of every call in the program (and to the public API, for methods code outside can call),
 * fields to every value stored in them, call results to what the called methods return, and elements
 * of a collection field to what is added to it. Memoized; a value that depends on itself contributes
 * nothing more round the cycle. Not thread-safe: used while the summaries are computed.
 */
final class SourceFinder {

    private static final int MAX_DEPTH = 12;
    /** How many stream or view calls ({@code stream().filter(...)}) are followed back to their collection. */
    private static final int MAX_VIEW_STEPS = 8;

    /** A value stored somewhere, in the frame of the method that stores it. */
    private record Store(MethodInfo method, Value value) {
    }

    private record ParamKey(MethodInfo method, int index) {
    }

    /** A local variable or a call's result in a method, asked at a depth of the search. */
    private record DepthKey(MethodInfo method, Object local, int depth) {
    }

    private final Program program;
    private final Map<FieldInfo, List<Store>> fieldStores = new IdentityHashMap<>();
    private final Map<FieldInfo, List<Store>> elementStores = new IdentityHashMap<>();
    private final Map<FieldInfo, Sources> fields = new IdentityHashMap<>();
    private final Map<FieldInfo, Sources> elements = new IdentityHashMap<>();
    private final Map<MethodInfo, Returned> returns = new IdentityHashMap<>();
    private final Map<ParamKey, Sources> params = new HashMap<>();
    private final Set<Object> active = new HashSet<>();
    /**
     * Locals and call results already followed, by the depth they were asked at (what lies beyond
     * {@link #MAX_DEPTH} depends on it): without this, a chain of locals assigned from calls whose
     * arguments are locals is followed once per path, exponentially many times.
     */
    private final Map<DepthKey, Sources> followed = new HashMap<>();

    SourceFinder(Program program) {
        this.program = program;
        for (MethodInfo m : program.methods()) {
            if (NullFields.forTesting(m.declaringMethod())) {
                continue; // what tests store is not what production code runs
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isField()) {
                    FieldInfo f = program.field(m, fa.path());
                    if (f != null) {
                        fieldStores.computeIfAbsent(f, k -> new ArrayList<>()).add(new Store(m, fa.value()));
                    }
                } else if (e instanceof Event.Call call && !call.args().isEmpty()
                        && program.knowledge().inGroup(NameGroup.COLLECTION_INSERT, call.name())) {
                    AccessPath r = call.receiver().pathOrNull();
                    FieldInfo f = r != null && r.isField() ? program.field(m, r) : null;
                    if (f != null) {
                        elementStores.computeIfAbsent(f, k -> new ArrayList<>())
                                .add(new Store(m, call.args().get(call.args().size() - 1)));
                    }
                }
            }
        }
    }

    /** Where the objects {@code v}, a value in method {@code m}, can hold come from. */
    Sources of(MethodInfo m, Value v) {
        return of(m, v, 0);
    }

    private Sources of(MethodInfo m, Value v, int depth) {
        if (depth > MAX_DEPTH) {
            return Sources.OPAQUE;
        }
        if (v instanceof Value.Closure) {
            MethodInfo closure = m.closure(v);
            return closure != null ? Sources.closure(closure) : Sources.OPAQUE;
        }
        if (v instanceof Value.NewValue nv) {
            return created(m, nv);
        }
        if (v instanceof Value.Literal lit) {
            return lit.kind() == Value.LiteralKind.NULL ? Sources.NONE : Sources.LIBRARY;
        }
        if (v instanceof Value.CallResult cr) {
            return followed(new DepthKey(m, cr.eventIndex(), depth), () -> callResult(m, cr.eventIndex(), depth));
        }
        if (v instanceof Value.Element e) {
            return element(m, e.of(), depth);
        }
        AccessPath p = v.pathOrNull();
        if (p == null) {
            return Sources.OPAQUE;
        }
        if (p.isField()) {
            FieldInfo f = program.field(m, p);
            return f == null ? Sources.OPAQUE : field(f, depth);
        }
        return switch (p.root()) {
            case LOCAL -> followed(new DepthKey(m, p.rootName(), depth), () -> local(m, p.rootName(), depth));
            case PARAM -> param(m, p.rootName(), depth);
            default -> Sources.OPAQUE;
        };
    }

    private Sources created(MethodInfo m, Value.NewValue nv) {
        if (nv.type().isArray()) {
            return Sources.LIBRARY;
        }
        String name = nv.anonymousType().isEmpty() ? program.resolveType(nv.type(), m.owner()) : nv.anonymousType();
        TypeInfo t = name == null ? null : program.type(name);
        if (t != null) {
            return Sources.type(t, nv.eventIndex() >= 0 ? new Sources.Creation(m, nv.eventIndex()) : null);
        }
        return name != null && program.knowledge().type(name) != null ? Sources.LIBRARY : Sources.OPAQUE;
    }

    private Sources callResult(MethodInfo m, int index, int depth) {
        Event e = m.facts().eventAt(index);
        if (e instanceof Event.NewObject n) {
            return created(m, new Value.NewValue(n.type(), n.anonymousType(), index));
        }
        if (!(e instanceof Event.Call call)) {
            return Sources.OPAQUE;
        }
        List<MethodInfo> targets = program.callGraph().targets(m, index);
        if (targets.isEmpty()) {
            if (program.traits(m, call).contains(MethodTrait.REFLECTIVE)) {
                return Sources.REFLECTIVE;
            }
            if (call.receiver() instanceof Value.CallResult inner && of(m, inner, depth + 1).reflective()) {
                return Sources.REFLECTIVE; // Class.forName(name).getDeclaredConstructor().newInstance()
            }
            String type = program.receiverType(m, call);
            return type != null && program.type(type) == null && program.knowledge().type(type) != null
                    ? Sources.LIBRARY : Sources.OPAQUE;
        }
        Sources result = Sources.NONE;
        for (MethodInfo t : targets) {
            Returned r = returned(t, depth + 1);
            result = result.or(r.own());
            for (int p : r.params()) {
                boolean spread = t.facts().varargs() && p == t.facts().params().size() - 1;
                result = result.or(call.style() == Event.CallStyle.METHOD_REFERENCE || spread || p >= call.args().size()
                        ? Sources.OPAQUE : of(m, call.args().get(p), depth + 1));
            }
        }
        return result;
    }

    /**
     * What a method returns: the objects of values it makes or reads ({@code own}), and the indexes of
     * the parameters it returns as they are ({@code checkNotNull(x)}), which each call site reads from
     * its own arguments.
     */
    private record Returned(Sources own, List<Integer> params) {
    }

    private Returned returned(MethodInfo t, int depth) {
        Returned memo = returns.get(t);
        if (memo != null) {
            return memo;
        }
        if (!active.add(t)) {
            return new Returned(Sources.NONE, List.of());
        }
        Sources own = Sources.NONE;
        List<Integer> passed = new ArrayList<>();
        boolean any = false;
        for (Event e : t.facts().events()) {
            if (e instanceof Event.Return r && !(r.value() instanceof Value.Absent)) {
                any = true;
                int p = t.facts().isClosure() ? -1 : paramIndex(t, r.value());
                if (p >= 0) {
                    if (!passed.contains(p)) {
                        passed.add(p);
                    }
                } else {
                    own = own.or(of(t, r.value(), depth + 1));
                }
            }
        }
        active.remove(t);
        Returned result = new Returned(any ? own : Sources.OPAQUE, List.copyOf(passed));
        returns.put(t, result);
        return result;
    }

    /** The index of the parameter a value is (the parameter itself, not a field of it), or -1. */
    private static int paramIndex(MethodInfo m, Value v) {
        AccessPath p = v.pathOrNull();
        if (p == null || p.root() != AccessPath.Root.PARAM || p.isField()) {
            return -1;
        }
        return m.facts().paramIndex(p.rootName());
    }

    private Sources field(FieldInfo f, int depth) {
        Sources memo = fields.get(f);
        if (memo != null) {
            return memo;
        }
        if (!active.add(f)) {
            return Sources.NONE;
        }
        Sources result = Sources.NONE;
        Value init = f.facts().initializer();
        if (!(init instanceof Value.Absent)) {
            MethodInfo where = Initializers.of(f);
            result = where == null ? Sources.OPAQUE : of(where, init, depth + 1);
        }
        for (Store s : fieldStores.getOrDefault(f, List.of())) {
            result = result.or(of(s.method(), s.value(), depth + 1));
        }
        int modifiers = f.facts().modifiers();
        if (!f.facts().isFinal() && (Modifiers.has(modifiers, Modifiers.PUBLIC) || Modifiers.has(modifiers, Modifiers.PROTECTED))) {
            result = result.or(Sources.OPAQUE); // code outside the program may store anything in it
        }
        active.remove(f);
        fields.put(f, result);
        return result;
    }

    private Sources element(MethodInfo m, Value container, int depth) {
        AccessPath p = container.pathOrNull();
        if (p != null && p.isField()) {
            FieldInfo f = program.field(m, p);
            return f == null ? Sources.OPAQUE : elements(f, depth);
        }
        if (container instanceof Value.CallResult cr && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call call
                && program.callGraph().targets(m, cr.eventIndex()).isEmpty()
                && program.traits(m, call).contains(MethodTrait.REFLECTIVE)) {
            return Sources.REFLECTIVE;
        }
        return Sources.OPAQUE;
    }

    private Sources elements(FieldInfo f, int depth) {
        Sources memo = elements.get(f);
        if (memo != null) {
            return memo;
        }
        Object key = List.of(f);
        if (!active.add(key)) {
            return Sources.NONE;
        }
        Sources result = Sources.NONE;
        List<Store> stores = elementStores.getOrDefault(f, List.of());
        for (Store s : stores) {
            result = result.or(of(s.method(), s.value(), depth + 1));
        }
        if (stores.isEmpty()) {
            result = Sources.OPAQUE; // filled some other way (a copy, a constructor argument)
        }
        active.remove(key);
        elements.put(f, result);
        return result;
    }

    /** The remembered sources of a local or call result, computed once (not computeIfAbsent: it recurses). */
    private Sources followed(DepthKey key, java.util.function.Supplier<Sources> compute) {
        Sources memo = followed.get(key);
        if (memo == null) {
            memo = compute.get();
            followed.put(key, memo);
        }
        return memo;
    }

    private Sources local(MethodInfo m, String name, int depth) {
        for (MethodInfo c = m; c != null; c = enclosing(c)) {
            Sources result = Sources.NONE;
            boolean found = false;
            for (Event e : c.facts().events()) {
                if (e instanceof Event.LocalAssign la && la.local().equals(name)) {
                    found = true;
                    result = result.or(of(c, la.value(), depth + 1));
                }
            }
            if (found) {
                return result;
            }
        }
        return Sources.OPAQUE;
    }

    private static MethodInfo enclosing(MethodInfo m) {
        MethodInfo parent = m.closureParent();
        return parent != null ? parent : m.owner().enclosingMethod();
    }

    private Sources param(MethodInfo m, String name, int depth) {
        int index = m.facts().paramIndex(name);
        if (index < 0) {
            return local(m, name, depth); // a parameter of an enclosing method, captured
        }
        if (m.facts().isClosure()) {
            return closureParam(m, index, depth);
        }
        ParamKey key = new ParamKey(m, index);
        Sources memo = params.get(key);
        if (memo != null) {
            return memo;
        }
        if (!active.add(key)) {
            return Sources.NONE;
        }
        Sources result = Sources.NONE;
        boolean spread = m.facts().varargs() && index == m.facts().params().size() - 1;
        for (CallSite s : program.callGraph().callersOf(m)) {
            Event e = s.caller().facts().events().get(s.event());
            List<Value> args = e instanceof Event.Call c && c.style() != Event.CallStyle.METHOD_REFERENCE ? c.args()
                    : e instanceof Event.NewObject n ? n.args() : null;
            if (args == null || spread || index >= args.size()) {
                result = result.or(Sources.OPAQUE);
            } else {
                result = result.or(of(s.caller(), args.get(index), depth + 1));
            }
        }
        if (callableFromOutside(m)) {
            result = result.or(Sources.external(m));
        } else if (program.callGraph().callersOf(m).isEmpty()) {
            result = Sources.OPAQUE; // called by code the program cannot see (a library, reflection)
        }
        active.remove(key);
        params.put(key, result);
        return result;
    }

    /**
     * The parameter of a closure: for one run here by a call on a collection field ({@code
     * listeners.forEach(l -> l.changed())}), its last parameter is an element (or a map's value); others
     * are given by whoever runs the closure.
     */
    private Sources closureParam(MethodInfo closure, int index, int depth) {
        MethodInfo parent = closure.closureParent();
        int site = closure.facts().siteEvent();
        Event.Call call = parent == null || site < 0 ? null : parent.facts().callAt(site);
        if (call == null) {
            return Sources.OPAQUE;
        }
        if (closure.facts().dispatch() == Dispatch.HERE && index == closure.facts().params().size() - 1) {
            Value receiver = viewed(parent, call.receiver());
            if (receiver.pathOrNull() != null && receiver.pathOrNull().isField()) {
                return element(parent, receiver, depth + 1);
            }
        }
        return invokedWith(parent, site, call, closure, index, depth);
    }

    /**
     * The collection a stream or view is of ({@code listeners.stream().filter(...)} is of
     * {@code listeners}), through the calls that keep its elements; else the value itself.
     */
    private Value viewed(MethodInfo m, Value v) {
        Value current = v;
        for (int i = 0; i < MAX_VIEW_STEPS && current instanceof Value.CallResult cr
                && m.facts().eventAt(cr.eventIndex()) instanceof Event.Call c; i++) {
            var traits = program.traits(m, c);
            if (!traits.contains(MethodTrait.ELEMENT_VIEW) && !traits.contains(MethodTrait.VALUE_VIEW)) {
                break;
            }
            current = c.receiver();
        }
        return current;
    }

    /**
     * The parameter {@code index} of a closure handed to program methods ({@code each(l -> l.changed())}):
     * what those methods pass when they run it ({@code action.accept(listener)}); opaque when one runs it
     * some other way or hands it on.
     */
    private Sources invokedWith(MethodInfo parent, int site, Event.Call call, MethodInfo closure, int index, int depth) {
        int position = closure.passedAt(call);
        List<MethodInfo> targets = position < 0 ? List.of() : program.callGraph().targets(parent, site);
        Sources result = Sources.NONE;
        for (MethodInfo t : targets) {
            if (position >= t.facts().params().size() || t.facts().isAbstract()) {
                return Sources.OPAQUE;
            }
            LocalUses uses = LocalUses.of(program, t, t.facts().params().get(position).name());
            if (!uses.confined() || !uses.assigned().isEmpty() || uses.callsOn().isEmpty()) {
                return Sources.OPAQUE; // handed on, stored, captured or replaced: others run it
            }
            for (int i : uses.callsOn()) {
                Event.Call c = t.facts().callAt(i);
                if (!program.traits(t, c).contains(MethodTrait.INVOKES) || index >= c.args().size()) {
                    return Sources.OPAQUE;
                }
                result = result.or(of(t, c.args().get(index), depth + 1));
            }
        }
        return targets.isEmpty() ? Sources.OPAQUE : result;
    }

    /**
     * Whether code outside the program can call the method: a public or protected method (or an
     * interface's) of a public type, nested only in public types (protected for nested ones), and not
     * a hook written for tests.
     */
    static boolean callableFromOutside(MethodInfo m) {
        if (m.facts().isPrivate() || m.facts().isInitialization() && !m.facts().isConstructor()
                || NullFields.forTesting(m)) {
            return false;
        }
        for (TypeInfo t = m.owner(); t != null; t = t.enclosing()) {
            int modifiers = t.facts().modifiers();
            boolean visible = Modifiers.has(modifiers, Modifiers.PUBLIC)
                    || t.enclosing() != null && (Modifiers.has(modifiers, Modifiers.PROTECTED) || t.enclosing().isInterface());
            if (t.isAnonymous() || t.isLocal() || !visible) {
                return false;
            }
        }
        int modifiers = m.facts().modifiers();
        return Modifiers.has(modifiers, Modifiers.PUBLIC) || Modifiers.has(modifiers, Modifiers.PROTECTED)
                || m.owner().isInterface();
    }
}
