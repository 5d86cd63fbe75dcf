package dev.fearless.summary;

import dev.fearless.facts.Event;
import dev.fearless.facts.TypeRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which types may be shared by reference (Sync): immutable and thread-safe library types, primitives,
 * and program types annotated {@code @ThreadSafe}/{@code @Immutable} or whose state is all final of
 * Sync types, volatile or atomic. Also the {@link Nature} of a field from its type and stored values.
 * Memoized; safe to use from several rules at once.
 */
public final class SyncTypes {

    private static final List<TypeTrait> SYNC_TRAITS = List.of(TypeTrait.IMMUTABLE, TypeTrait.THREADSAFE,
            TypeTrait.ATOMIC, TypeTrait.CONCURRENT, TypeTrait.SYNCHRONIZED, TypeTrait.LOCK, TypeTrait.RWLOCK,
            TypeTrait.CONDITION, TypeTrait.SYNCHRONIZER, TypeTrait.EXECUTOR, TypeTrait.FUTURE, TypeTrait.THREADLOCAL);

    private final Program program;
    private final Map<String, Boolean> sync = new ConcurrentHashMap<>();
    private final Map<FieldInfo, Nature> natures = new ConcurrentHashMap<>();

    SyncTypes(Program program) {
        this.program = program;
    }

    /** Whether values of the type (a qualified program or library name) may be shared without a lock. */
    public boolean isSync(String type) {
        if (type == null) {
            return false;
        }
        if (TypeRef.of(type).isPrimitive()) {
            return true;
        }
        Boolean known = sync.get(type);
        if (known != null) {
            return known;
        }
        boolean result = compute(type, new HashSet<>());
        sync.putIfAbsent(type, result);
        return result;
    }

    /** Inside an ongoing computation: a type met again on the way is assumed Sync (its own check decides). */
    private boolean isSync(String type, Set<String> visiting) {
        if (type == null) {
            return false;
        }
        Boolean known = sync.get(type);
        if (known != null) {
            return known;
        }
        return TypeRef.of(type).isPrimitive() || compute(type, visiting);
    }

    private boolean compute(String type, Set<String> visiting) {
        if (type.endsWith("[]")) {
            return false;
        }
        for (TypeTrait t : SYNC_TRAITS) {
            if (program.knowledge().is(type, t)) {
                return true;
            }
        }
        TypeInfo t = program.type(type);
        if (t == null) {
            return false;
        }
        if (t.facts().hasAnnotation("ThreadSafe") || t.facts().hasAnnotation("Immutable")) {
            return true;
        }
        if (t.facts().hasAnnotation("NotThreadSafe") || t.isInterface()) {
            return false;
        }
        if (!visiting.add(type)) {
            return true;
        }
        try {
            boolean result = stateSync(t, visiting);
            if (!result) {
                sync.putIfAbsent(type, false); // false even with the types on the way assumed Sync: false for good
            }
            return result;
        } finally {
            visiting.remove(type); // only the types on the way to this one are assumed Sync
        }
    }

    /** Whether every instance field of {@code t} and its program superclasses holds Sync state. */
    private boolean stateSync(TypeInfo t, Set<String> visiting) {
        for (TypeInfo c = t; c != null; c = program.type(c.superclass())) {
            for (FieldInfo f : c.fields()) {
                if (f.facts().isStatic()) {
                    continue;
                }
                if (f.facts().isVolatile()) {
                    continue;
                }
                String fieldType = program.resolveType(f.facts().type(), c);
                if (fieldType != null && program.is(fieldType, TypeTrait.ATOMIC)) {
                    continue;
                }
                if (!f.facts().isFinal()) {
                    return false;
                }
                if (f.facts().type().isPrimitive()) {
                    continue;
                }
                Nature n = nature(f, visiting);
                if (n != Nature.SYNC && n != Nature.PRIMITIVE
                        && !(fieldType != null && isSync(fieldType, visiting))) {
                    return false;
                }
            }
            if (c.superclass() != null && program.type(c.superclass()) == null
                    && !c.superclass().equals("java.lang.Object") && !c.superclass().equals("java.lang.Enum")
                    && !c.superclass().equals("java.lang.Record")) {
                return false;
            }
        }
        return true;
    }

    /** What a field holds, from its declared type and every value stored in it. */
    public Nature nature(FieldInfo field) {
        Nature known = natures.get(field);
        if (known != null) {
            return known;
        }
        Nature result = computeNature(field, new HashSet<>());
        natures.putIfAbsent(field, result);
        return result;
    }

    private Nature nature(FieldInfo field, Set<String> visiting) {
        Nature known = natures.get(field);
        return known != null ? known : computeNature(field, visiting);
    }

    private Nature computeNature(FieldInfo field, Set<String> visiting) {
        TypeRef declared = field.facts().type();
        if (declared.isPrimitive()) {
            return Nature.PRIMITIVE;
        }
        if (declared.isArray()) {
            return Nature.UNSAFE;
        }
        String declaredName = program.resolveType(declared, field.owner());
        if (declaredName != null && program.knowledge().is(declaredName, TypeTrait.UNSAFE)) {
            return Nature.UNSAFE;
        }
        if (declaredName != null && isSync(declaredName, visiting)) {
            return Nature.SYNC;
        }
        Nature combined = null;
        boolean any = false;
        for (Stored stored : stored(field)) {
            any = true;
            Nature n = natureOf(stored.method(), stored.value(), visiting);
            combined = combined == null ? n : combine(combined, n);
        }
        if (!any) {
            return declaredName != null && program.type(declaredName) != null && !program.type(declaredName).isInterface()
                    ? Nature.UNSAFE : Nature.UNKNOWN;
        }
        return combined;
    }

    private static Nature combine(Nature a, Nature b) {
        if (a == b) {
            return a;
        }
        if (a == Nature.UNSAFE || b == Nature.UNSAFE) {
            return Nature.UNSAFE;
        }
        return Nature.UNKNOWN;
    }

    private Nature natureOf(MethodInfo m, Value v, Set<String> visiting) {
        if (v instanceof Value.Literal) {
            return Nature.SYNC;
        }
        if (v instanceof Value.NewValue nv) {
            if (nv.type().isArray()) {
                return Nature.UNSAFE;
            }
            StaticType t = program.staticType(m, v);
            if (t.name() == null) {
                return Nature.UNKNOWN;
            }
            // The exact class is known here: an instance of a class without state (a bare monitor object)
            // has nothing to share, whatever the field's declared type lets it hold.
            if (isSync(t.name(), visiting) || program.knowledge().is(t.name(), TypeTrait.STATELESS)) {
                return Nature.SYNC;
            }
            return program.knowledge().is(t.name(), TypeTrait.UNSAFE) || program.type(t.name()) != null
                    ? Nature.UNSAFE : Nature.UNKNOWN;
        }
        if (v instanceof Value.CallResult cr && cr.eventIndex() < m.facts().events().size()
                && m.facts().events().get(cr.eventIndex()) instanceof Event.Call call) {
            var traits = program.traits(m, call);
            if (traits.contains(MethodTrait.SYNCHRONIZED_WRAPPER)) {
                return Nature.SYNCHRONIZED_WRAPPER;
            }
            if (traits.contains(MethodTrait.IMMUTABLE_RESULT)) {
                return Nature.SYNC;
            }
            if (traits.contains(MethodTrait.ARGUMENT_VIEW) && !call.args().isEmpty()) {
                return natureOf(m, call.args().get(0), visiting);
            }
            StaticType t = program.staticType(m, v);
            if (t.name() != null && isSync(t.name(), visiting)) {
                return Nature.SYNC;
            }
            return Nature.UNKNOWN;
        }
        return Nature.UNKNOWN;
    }

    /** A value stored in a field, and the method that stores it. */
    private record Stored(MethodInfo method, Value value) {
    }

    private List<Stored> stored(FieldInfo field) {
        List<Stored> result = new java.util.ArrayList<>();
        if (!(field.facts().initializer() instanceof Value.Absent)) {
            MethodInfo init = Initializers.of(field);
            if (init != null) {
                result.add(new Stored(init, field.facts().initializer()));
            }
        }
        for (MethodInfo m : field.owner().methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa
                        && (fa.kind() == Event.AccessKind.WRITE || fa.kind() == Event.AccessKind.UPDATE)
                        && fa.path().fields().size() == 1 && fa.path().lastField().equals(field.name())
                        && (fa.path().root() == dev.fearless.facts.AccessPath.Root.THIS) != field.facts().isStatic()) {
                    result.add(new Stored(m, fa.value()));
                }
            }
        }
        return result;
    }
}
