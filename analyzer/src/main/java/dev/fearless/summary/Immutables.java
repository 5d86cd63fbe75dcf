package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;
import java.util.HashSet;
import java.util.Set;

/**
 * Which values cannot change once built, so that sharing them through a data race is harmless: library
 * immutables (String, boxed numbers, Pattern, {@code List.of}...), and program classes whose instance
 * fields are all final (for safe publication) or all final of immutable types (for values that may be
 * computed twice without anyone noticing).
 */
public final class Immutables {

    private Immutables() {
    }

    /** Whether the value (a new object, a call result, a literal, or a local holding one) is deeply immutable. */
    public static boolean isImmutableValue(Program program, MethodInfo m, Value v) {
        if (v instanceof Value.Literal) {
            return true;
        }
        AccessPath p = v.pathOrNull();
        if (p != null && !p.isField() && p.root() == AccessPath.Root.LOCAL) {
            boolean any = false;
            for (Event e : m.facts().events()) {
                if (e instanceof Event.LocalAssign la && la.local().equals(p.rootName())) {
                    if (!isImmutableValue(program, m, la.value())) {
                        return false;
                    }
                    any = true;
                }
            }
            return any;
        }
        if (v instanceof Value.CallResult cr && cr.eventIndex() >= 0 && cr.eventIndex() < m.facts().events().size()
                && m.facts().events().get(cr.eventIndex()) instanceof Event.Call call
                && program.traits(m, call).contains(MethodTrait.IMMUTABLE_RESULT)) {
            return true;
        }
        if (!(v instanceof Value.NewValue) && !(v instanceof Value.CallResult)) {
            return false;
        }
        if (v instanceof Value.NewValue nv && nv.type().isArray()) {
            return false;
        }
        StaticType t = program.staticType(m, v);
        return t.name() != null && !t.isArray() && deeplyImmutable(program, t.name(), new HashSet<>());
    }

    /**
     * Whether the value may be built by two threads at once without anyone noticing: it is immutable
     * ({@link #isImmutableValue}), or a new object or call result of a program class whose state is all in
     * final fields ({@link #finalFieldsOnly}). Which of the two builds is kept then does not matter (unless
     * its identity does: a lock, a singleton).
     */
    public static boolean builtTwiceUnnoticed(Program program, MethodInfo m, Value v) {
        return isImmutableValue(program, m, v) || finalFieldsOnly(program, m, v);
    }

    /**
     * A new object, or a call's result, of a program class whose state is all in final fields (and so is
     * every program subclass's, for a call that may return one): final-field semantics publish it safely
     * even through the race, and building it twice only wastes the work.
     */
    public static boolean finalFieldsOnly(Program program, MethodInfo m, Value v) {
        if (v instanceof Value.NewValue nv && (nv.type().isArray() || !nv.anonymousType().isEmpty())
                || !(v instanceof Value.NewValue || v instanceof Value.CallResult)) {
            return false;
        }
        String type = program.staticType(m, v).name();
        TypeInfo t = type == null ? null : program.type(type);
        if (t == null || t.isInterface() || !allFinal(program, t)) {
            return false;
        }
        return v instanceof Value.NewValue || subclassesAllFinal(program, t, new HashSet<>());
    }

    private static boolean subclassesAllFinal(Program program, TypeInfo t, Set<TypeInfo> seen) {
        for (TypeInfo s : t.subtypes()) {
            if (seen.add(s) && (!allFinal(program, s) || !subclassesAllFinal(program, s, seen))) {
                return false;
            }
        }
        return true;
    }

    /** Whether instances of the type never change: a library immutable, or final fields of immutable types only. */
    public static boolean deeplyImmutable(Program program, String type, Set<String> visiting) {
        if (dev.fearless.facts.TypeRef.of(type).isPrimitive() || program.knowledge().is(type, TypeTrait.IMMUTABLE)) {
            return true;
        }
        TypeInfo t = program.type(type);
        if (t == null || t.isInterface() || t.facts().hasAnnotation("NotThreadSafe")) {
            return false;
        }
        if (t.facts().hasAnnotation("Immutable")) {
            return true;
        }
        if (!visiting.add(type)) {
            return true;
        }
        for (TypeInfo c = t; c != null; c = program.type(c.superclass())) {
            for (FieldInfo f : c.fields()) {
                if (f.facts().isStatic()) {
                    continue;
                }
                if (!f.facts().isFinal() || f.facts().type().isArray()) {
                    return false;
                }
                String fieldType = f.facts().type().isPrimitive() ? f.facts().type().name()
                        : program.resolveType(f.facts().type(), c);
                if (fieldType == null || !deeplyImmutable(program, fieldType, visiting)) {
                    return false;
                }
            }
            if (!libraryRoot(program, c) && !STATELESS_BASES.contains(c.superclass())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Library base classes without mutable state of their own that matters: the skeletal collections that
     * views (a map's {@code values()}, an iterable wrapper) extend. Their only fields are cached views.
     */
    private static final Set<String> STATELESS_BASES = Set.of("java.util.AbstractCollection", "java.util.AbstractList",
            "java.util.AbstractSet", "java.util.AbstractMap", "java.util.AbstractQueue",
            "java.util.AbstractSequentialList");

    /**
     * Whether a program class's instance state is all in final fields (its own and its program
     * superclasses'): final-field semantics then publish it safely even through a data race.
     */
    public static boolean allFinal(Program program, TypeInfo t) {
        for (TypeInfo c = t; c != null; c = program.type(c.superclass())) {
            for (FieldInfo f : c.fields()) {
                if (!f.facts().isStatic() && !f.facts().isFinal()) {
                    return false;
                }
            }
            if (!libraryRoot(program, c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a program class's instance fields are all final or volatile: read through a data race, an
     * instance shows either its constructed final state or a value its volatile fields held, never a
     * torn mix of plain fields.
     */
    public static boolean finalOrVolatile(Program program, TypeInfo t) {
        for (TypeInfo c = t; c != null; c = program.type(c.superclass())) {
            for (FieldInfo f : c.fields()) {
                if (!f.facts().isStatic() && !f.facts().isFinal() && !f.facts().isVolatile()) {
                    return false;
                }
            }
            if (!libraryRoot(program, c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the class's superclass is a program class, Object, Enum or Record (no hidden library state). */
    private static boolean libraryRoot(Program program, TypeInfo c) {
        String sup = c.superclass();
        return sup == null || program.type(sup) != null || sup.equals("java.lang.Object") || sup.equals("java.lang.Enum")
                || sup.equals("java.lang.Record");
    }
}
