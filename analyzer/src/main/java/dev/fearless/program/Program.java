package dev.fearless.program;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.FileFacts;
import dev.fearless.facts.ImportFacts;
import dev.fearless.facts.MethodFacts;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.facts.Variable;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All files' facts linked into one program: types by qualified name, the class hierarchy, methods and
 * fields, and the call graph. Names are resolved from the scanned sources, their imports and the
 * knowledge base; what cannot be resolved stays unknown ({@code null}), and rules treat unknown as no
 * evidence. Immutable once built (its resolution cache is concurrent), so rules may share it.
 */
public final class Program {

    private static final int MAX_OVERRIDES = 16;

    private final List<FileFacts> files;
    private final Map<String, TypeInfo> types;
    private final List<MethodInfo> methods;
    private final KnowledgeBase knowledge;
    private final Map<String, Optional<String>> resolutions = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> supertypeMemo = new ConcurrentHashMap<>();
    private final Map<FieldKey, Optional<FieldInfo>> fieldMemo = new ConcurrentHashMap<>();

    /** A field looked up by name in a type and its supertypes. */
    private record FieldKey(TypeInfo type, String name) {
    }
    private CallGraph callGraph;
    private final Map<MethodInfo, List<MethodInfo>> nested = new java.util.IdentityHashMap<>();

    Program(List<FileFacts> files, Map<String, TypeInfo> types, List<MethodInfo> methods, KnowledgeBase knowledge) {
        this.files = List.copyOf(files);
        this.types = Map.copyOf(types);
        this.methods = List.copyOf(methods);
        this.knowledge = knowledge;
    }

    void setCallGraph(CallGraph callGraph) {
        this.callGraph = callGraph;
    }

    void indexNested() {
        for (MethodInfo m : methods) {
            MethodInfo parent = m.closureParent();
            if (parent == null) {
                parent = m.owner().enclosingMethod();
            }
            if (parent != null) {
                nested.computeIfAbsent(parent, k -> new ArrayList<>()).add(m);
            }
        }
    }

    /**
     * The code written inside {@code m} that can capture its locals: its closures and the methods of
     * the anonymous and local classes declared in it (directly; call again for deeper nesting).
     */
    public List<MethodInfo> nestedIn(MethodInfo m) {
        return nested.getOrDefault(m, List.of());
    }

    public List<FileFacts> files() {
        return files;
    }

    public Collection<TypeInfo> types() {
        return types.values();
    }

    public TypeInfo type(String qualifiedName) {
        return qualifiedName == null ? null : types.get(qualifiedName);
    }

    /** Every method, constructor, initializer and closure of the program, in file order. */
    public List<MethodInfo> methods() {
        return methods;
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public CallGraph callGraph() {
        return callGraph;
    }

    // ------------------------------------------------------------------------------------------
    // Type names

    /**
     * The qualified name a type name written in {@code context} stands for: a program type or a
     * knowledge-base type, or {@code null} when it cannot be told.
     */
    public String resolveType(String written, TypeInfo context) {
        if (written == null || written.isEmpty() || context == null) {
            return null;
        }
        String key = context.name() + "|" + written;
        return resolutions.computeIfAbsent(key, k -> Optional.ofNullable(computeResolution(written, context))).orElse(null);
    }

    public String resolveType(TypeRef ref, TypeInfo context) {
        return ref.isKnown() && !ref.isPrimitive() ? resolveType(ref.name(), context) : null;
    }

    private String computeResolution(String written, TypeInfo context) {
        if (types.containsKey(written)) {
            return written;
        }
        int dot = written.indexOf('.');
        String head = dot < 0 ? written : written.substring(0, dot);
        String tail = dot < 0 ? "" : written.substring(dot);
        for (TypeInfo c = context; c != null; c = c.enclosing()) {
            String nested = memberType(c, head);
            if (nested != null) {
                return withTail(nested, tail);
            }
        }
        FileFacts file = context.file();
        for (ImportFacts i : file.imports()) {
            if (!i.onDemand() && simple(i.name()).equals(head)) {
                String imported = withTail(i.name(), tail);
                String library = library(imported);
                return types.containsKey(imported) ? imported : library != null ? library : imported;
            }
        }
        String samePackage = file.packageName().isEmpty() ? written : file.packageName() + "." + written;
        if (types.containsKey(samePackage)) {
            return samePackage;
        }
        for (ImportFacts i : file.imports()) {
            if (i.onDemand()) {
                String candidate = i.name() + "." + written;
                if (types.containsKey(candidate)) {
                    return candidate;
                }
                String library = library(candidate);
                if (library != null) {
                    return library;
                }
            }
        }
        String lang = library("java.lang." + written);
        if (lang != null) {
            return lang;
        }
        String qualified = library(written);
        if (qualified != null) {
            return qualified;
        }
        if (dot < 0) {
            return knowledge.qualifySimpleName(written);
        }
        return null;
    }

    private String withTail(String qualified, String tail) {
        if (tail.isEmpty()) {
            return qualified;
        }
        String candidate = qualified + tail;
        if (types.containsKey(candidate)) {
            return candidate;
        }
        String library = library(candidate);
        return library != null ? library : candidate;
    }

    /** A member type named {@code simpleName} of {@code t} or of its supertypes, or {@code null}. */
    private String memberType(TypeInfo t, String simpleName) {
        Set<String> seen = new HashSet<>();
        Deque<TypeInfo> work = new ArrayDeque<>();
        work.add(t);
        while (!work.isEmpty()) {
            TypeInfo c = work.poll();
            if (!seen.add(c.name())) {
                continue;
            }
            if (c.simpleName().equals(simpleName) && c == t && c.enclosing() == null) {
                return c.name();
            }
            String candidate = c.name() + "." + simpleName;
            if (types.containsKey(candidate)) {
                return candidate;
            }
            TypeInfo sup = type(c.superclass());
            if (sup != null) {
                work.add(sup);
            }
            for (String i : c.interfaces()) {
                TypeInfo it = type(i);
                if (it != null) {
                    work.add(it);
                }
            }
        }
        return t.simpleName().equals(simpleName) ? t.name() : null;
    }

    /** The knowledge-base name of a dotted name, trying nested-type forms; or {@code null}. */
    private String library(String dotted) {
        if (knowledge.type(dotted) != null) {
            return dotted;
        }
        String candidate = dotted;
        int cut;
        while ((cut = candidate.lastIndexOf('.')) > 0) {
            candidate = candidate.substring(0, cut) + "$" + candidate.substring(cut + 1);
            if (knowledge.type(candidate) != null) {
                return candidate;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------
    // Hierarchy

    /** All known supertypes of a type (program and library), transitively, not including itself. */
    public Set<String> supertypes(String qualifiedName) {
        if (callGraph == null) {
            return computeSupertypes(qualifiedName);
        }
        return supertypeMemo.computeIfAbsent(qualifiedName, this::computeSupertypes);
    }

    private Set<String> computeSupertypes(String qualifiedName) {
        Set<String> result = new LinkedHashSet<>();
        Deque<String> work = new ArrayDeque<>();
        work.add(qualifiedName);
        while (!work.isEmpty()) {
            String n = work.poll();
            TypeInfo t = types.get(n);
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

    public boolean isSubtype(String qualifiedName, String ancestor) {
        return qualifiedName != null && (qualifiedName.equals(ancestor) || supertypes(qualifiedName).contains(ancestor));
    }

    /** Whether a type (program or library) has a knowledge-base trait itself or through a library supertype. */
    public boolean is(String qualifiedName, TypeTrait trait) {
        if (qualifiedName == null) {
            return false;
        }
        if (knowledge.is(qualifiedName, trait)) {
            return true;
        }
        if (!types.containsKey(qualifiedName)) {
            return false;
        }
        for (String s : supertypes(qualifiedName)) {
            if (!types.containsKey(s) && knowledge.is(s, trait) && inheritable(trait)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inheritable(TypeTrait trait) {
        return switch (trait) {
            case IMMUTABLE, UNSAFE, FORMAT, SYNCHRONIZED, THREADSAFE, CONCURRENT, ATOMIC -> false;
            default -> true;
        };
    }

    /**
     * The knowledge-base traits of a call in method {@code m}: looked up on the static type of its
     * receiver (its supertypes included); a receiver of unknown type still has {@code Object}'s methods.
     */
    public Set<MethodTrait> traits(MethodInfo m, Event.Call call) {
        String type = callGraph != null ? callGraph.receiverType(call) : receiverTypeOf(m, call);
        if (type == null || type.endsWith("[]")) {
            return knowledge.methodTraits("java.lang.Object", call.name(), call.arity());
        }
        return methodTraits(type, call.name(), call.arity());
    }

    /** The static type of a call's receiver ({@code super} is the superclass), or {@code null}. */
    String receiverTypeOf(MethodInfo m, Event.Call call) {
        return call.receiver() instanceof Value.Super ? m.owner().superclass() : staticType(m, call.receiver()).name();
    }

    /** The traits of a library method called on a receiver of the given (program or library) type. */
    public Set<MethodTrait> methodTraits(String receiverType, String name, int arity) {
        if (receiverType == null) {
            return Set.of();
        }
        Set<MethodTrait> traits = new HashSet<>(knowledge.methodTraits(receiverType, name, arity));
        if (types.containsKey(receiverType)) {
            for (String s : supertypes(receiverType)) {
                if (!types.containsKey(s)) {
                    traits.addAll(knowledge.methodTraits(s, name, arity));
                }
            }
        }
        return traits;
    }

    // ------------------------------------------------------------------------------------------
    // Fields and values

    /** A field named {@code name} declared in {@code t} or inherited from its program supertypes. */
    public FieldInfo field(TypeInfo t, String name) {
        if (t == null) {
            return null;
        }
        if (callGraph == null) {
            return computeField(t, name);
        }
        return fieldMemo.computeIfAbsent(new FieldKey(t, name), k -> Optional.ofNullable(computeField(k.type(), k.name())))
                .orElse(null);
    }

    private FieldInfo computeField(TypeInfo t, String name) {
        Set<String> seen = new HashSet<>();
        Deque<TypeInfo> work = new ArrayDeque<>();
        if (t != null) {
            work.add(t);
        }
        while (!work.isEmpty()) {
            TypeInfo c = work.poll();
            if (!seen.add(c.name())) {
                continue;
            }
            FieldInfo f = c.declaredField(name);
            if (f != null) {
                return f;
            }
            TypeInfo sup = type(c.superclass());
            if (sup != null) {
                work.add(sup);
            }
            for (String i : c.interfaces()) {
                TypeInfo it = type(i);
                if (it != null) {
                    work.add(it);
                }
            }
        }
        return null;
    }

    /**
     * The field an access path ends in, seen from method {@code m}: {@code this.a.b} resolves {@code a}
     * in m's type (or, for an implicit name in an inner class, in an enclosing type), then {@code b} in
     * the type of {@code a}. {@code null} when any step is unknown.
     */
    public FieldInfo field(MethodInfo m, AccessPath path) {
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
            f = field(owner, name);
            if (f == null && i == 0 && path.root() == AccessPath.Root.THIS) {
                for (TypeInfo e = owner.enclosing(); e != null && f == null; e = e.enclosing()) {
                    f = field(e, name);
                }
            }
            if (f == null) {
                return null;
            }
            if (i + 1 < path.fields().size()) {
                owner = type(resolveType(f.facts().type(), f.owner()));
            }
        }
        return f;
    }

    private TypeInfo rootType(MethodInfo m, AccessPath path) {
        return switch (path.root()) {
            case THIS -> m.owner();
            case OUTER, STATIC -> {
                TypeInfo t = type(path.rootName());
                yield t != null ? t : type(resolveType(path.rootName(), m.owner()));
            }
            case LOCAL, PARAM -> type(staticType(m, new Value.PathValue(AccessPath.root(path.root(), path.rootName()))).name());
        };
    }

    /** The static type of a value in method {@code m}. */
    public StaticType staticType(MethodInfo m, Value v) {
        return staticType(m, v, 0);
    }

    private static final int MAX_TYPE_DEPTH = 8;

    private StaticType staticType(MethodInfo m, Value v, int depth) {
        if (depth > MAX_TYPE_DEPTH) {
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
            String name = types.containsKey(t.name()) || knowledge.type(t.name()) != null ? t.name()
                    : resolveType(t.name(), m.owner());
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
            StaticType container = staticType(m, e.of(), depth + 1);
            if (container.written().isArray()) {
                return typed(container.written().element(), container.context());
            }
            TypeRef arg = container.written().arguments().isEmpty() ? TypeRef.UNKNOWN
                    : container.written().arguments().get(isMap(container.name()) && container.written().arguments().size() > 1 ? 1 : 0);
            return arg.isKnown() ? typed(arg, container.context()) : StaticType.UNKNOWN;
        }
        if (v instanceof Value.Implicit) {
            return new StaticType(m.owner().name(), TypeRef.of(m.owner().name()), m.owner());
        }
        return StaticType.UNKNOWN;
    }

    private boolean isMap(String name) {
        return name != null && is(name, TypeTrait.MAP);
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
        return resolveType(ref.name(), context);
    }

    private StaticType pathType(MethodInfo m, AccessPath p, int depth) {
        StaticType current = switch (p.root()) {
            case THIS -> new StaticType(m.owner().name(), TypeRef.of(m.owner().name()), m.owner());
            case OUTER, STATIC -> {
                String name = types.containsKey(p.rootName()) ? p.rootName() : resolveType(p.rootName(), m.owner());
                yield new StaticType(name, TypeRef.of(p.rootName()), m.owner());
            }
            case LOCAL, PARAM -> variableType(m, p.root(), p.rootName(), depth);
        };
        if (!p.isField()) {
            return current;
        }
        FieldInfo f = field(m, p);
        return f == null ? StaticType.UNKNOWN : typed(f.facts().type(), f.owner());
    }

    /** The declared type of a parameter or local of {@code m}, looking through enclosing methods for captures. */
    public StaticType variableType(MethodInfo m, AccessPath.Root root, String name) {
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
                        return v.type().isKnown() ? typed(v.type(), current.owner()) : inferLocal(current, name, depth + 1);
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

    /** The type of a {@code var} local from the value first assigned to it. */
    private StaticType inferLocal(MethodInfo m, String name, int depth) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(name) && !(la.value() instanceof Value.PathValue pv
                    && pv.path().root() == AccessPath.Root.LOCAL && pv.path().rootName().equals(name))) {
                return staticType(m, la.value(), depth + 1);
            }
        }
        return StaticType.UNKNOWN;
    }

    private StaticType callResultType(MethodInfo m, int eventIndex, int depth) {
        List<Event> events = m.facts().events();
        if (eventIndex < 0 || eventIndex >= events.size()) {
            return StaticType.UNKNOWN;
        }
        Event e = events.get(eventIndex);
        if (e instanceof Event.NewObject n) {
            return staticType(m, new Value.NewValue(n.type(), n.anonymousType(), eventIndex));
        }
        if (!(e instanceof Event.Call call)) {
            return StaticType.UNKNOWN;
        }
        List<MethodInfo> targets = callGraph == null ? targets(m, call, depth + 1) : callGraph.targets(m, eventIndex);
        if (!targets.isEmpty()) {
            MethodInfo target = targets.get(0);
            return typed(target.facts().returnType(), target.owner());
        }
        StaticType receiver = call.receiver() instanceof Value.Implicit ? StaticType.UNKNOWN
                : staticType(m, call.receiver(), depth + 1);
        return LibraryResults.resultOf(this, receiver, call);
    }

    // ------------------------------------------------------------------------------------------
    // Calls

    /** The methods of the program a call may invoke (the declared target and its overrides), or none. */
    public List<MethodInfo> targets(MethodInfo caller, Event.Call call) {
        return targets(caller, call, 0);
    }

    private List<MethodInfo> targets(MethodInfo caller, Event.Call call, int depth) {
        String name = call.name();
        int arity = call.arity();
        Value receiver = call.receiver();
        TypeInfo owner = caller.owner();
        if (name.equals("<init>")) {
            TypeInfo t = receiver instanceof Value.Super ? type(owner.superclass()) : owner;
            return t == null ? List.of() : constructors(t, arity);
        }
        if (receiver instanceof Value.Implicit) {
            for (TypeInfo t = owner; t != null; t = t.enclosing()) {
                List<MethodInfo> found = lookup(t, name, arity);
                if (!found.isEmpty()) {
                    return withOverrides(t, found, name, arity);
                }
            }
            return List.of();
        }
        if (receiver instanceof Value.Super) {
            TypeInfo sup = type(owner.superclass());
            if (sup != null) {
                return lookup(sup, name, arity);
            }
            for (String i : owner.interfaces()) {
                TypeInfo it = type(i);
                if (it != null) {
                    List<MethodInfo> found = lookup(it, name, arity);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return List.of();
        }
        StaticType st = staticType(caller, receiver, depth + 1);
        TypeInfo t = type(st.name());
        if (t == null) {
            return List.of();
        }
        List<MethodInfo> found = lookup(t, name, arity);
        return receiver instanceof Value.TypeName ? found : withOverrides(t, found, name, arity);
    }

    /** The constructors a {@code new} may run. */
    public List<MethodInfo> constructors(MethodInfo caller, Event.NewObject creation) {
        String name = creation.anonymousType().isEmpty() ? resolveType(creation.type(), caller.owner())
                : creation.anonymousType();
        TypeInfo t = type(name);
        return t == null ? List.of() : constructors(t, creation.args().size());
    }

    private List<MethodInfo> constructors(TypeInfo t, int arity) {
        List<MethodInfo> result = new ArrayList<>();
        for (MethodInfo m : t.methods()) {
            if (m.facts().isConstructor() && accepts(m.facts(), arity)) {
                result.add(m);
            }
        }
        return result;
    }

    /** Methods named {@code name} accepting {@code arity} arguments, in {@code t} or its nearest supertype declaring one. */
    public List<MethodInfo> lookup(TypeInfo t, String name, int arity) {
        Set<String> seen = new HashSet<>();
        Deque<TypeInfo> work = new ArrayDeque<>();
        work.add(t);
        List<MethodInfo> fromInterfaces = new ArrayList<>();
        while (!work.isEmpty()) {
            TypeInfo c = work.poll();
            if (!seen.add(c.name())) {
                continue;
            }
            List<MethodInfo> found = new ArrayList<>();
            for (MethodInfo m : c.methodsNamed(name)) {
                if (!m.facts().isClosure() && accepts(m.facts(), arity)) {
                    found.add(m);
                }
            }
            if (!found.isEmpty()) {
                if (!c.isInterface() || c == t) {
                    return found;
                }
                if (fromInterfaces.isEmpty()) {
                    fromInterfaces.addAll(found);
                }
            }
            TypeInfo sup = type(c.superclass());
            if (sup != null) {
                work.add(sup);
            }
            for (String i : c.interfaces()) {
                TypeInfo it = type(i);
                if (it != null) {
                    work.add(it);
                }
            }
        }
        return fromInterfaces;
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
        Deque<TypeInfo> work = new ArrayDeque<>(staticType.subtypes());
        Set<String> seen = new HashSet<>();
        while (!work.isEmpty() && all.size() < MAX_OVERRIDES) {
            TypeInfo sub = work.poll();
            if (!seen.add(sub.name())) {
                continue;
            }
            for (MethodInfo m : sub.methodsNamed(name)) {
                if (!m.facts().isClosure() && !m.facts().isStatic() && accepts(m.facts(), arity) && !all.contains(m)) {
                    all.add(m);
                }
            }
            work.addAll(sub.subtypes());
        }
        return Collections.unmodifiableList(all);
    }

    private static boolean accepts(MethodFacts m, int arity) {
        if (arity < 0) {
            return true;
        }
        int n = m.params().size();
        return n == arity || m.varargs() && arity >= n - 1;
    }

    private static String simple(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }
}
