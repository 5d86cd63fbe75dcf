package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.knowledge.TypeTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import dev.fearless.program.StaticType;
import dev.fearless.program.TypeInfo;

/**
 * What a local variable or parameter holds, for deciding whether it may cross a thread boundary: a
 * Sync object (immutable, thread-safe, or a class that locks its own state), a non-thread-safe mutable
 * one (a JDK collection, a builder, an array, a program class with unguarded mutable fields), or
 * something unknown (an interface filled from outside).
 */
public final class Holdings {

    private Holdings() {
    }

    /** The nature of the object in variable {@code name} of method {@code m} (a local or a parameter). */
    public static Nature of(Program program, Summaries summaries, MethodInfo m, String name) {
        AccessPath.Root root = isParameter(m, name) ? AccessPath.Root.PARAM : AccessPath.Root.LOCAL;
        StaticType declared = program.variableType(m, root, name);
        Nature byType = ofType(program, summaries, declared);
        if (byType != Nature.UNKNOWN || root == AccessPath.Root.PARAM) {
            return byType;
        }
        Nature combined = null;
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && la.local().equals(name)) {
                Nature n = ofValue(program, summaries, m, la.value());
                combined = combined == null || combined == n ? n : Nature.UNKNOWN;
            }
        }
        return combined == null ? Nature.UNKNOWN : combined;
    }

    /** The nature of a value that is stored in a variable. */
    public static Nature ofValue(Program program, Summaries summaries, MethodInfo m, Value v) {
        if (v instanceof Value.Literal) {
            return Nature.SYNC;
        }
        if (v instanceof Value.NewValue nv) {
            if (nv.type().isArray()) {
                return Nature.UNSAFE;
            }
            return ofType(program, summaries, program.staticType(m, v));
        }
        if (v instanceof Value.CallResult cr && cr.eventIndex() >= 0 && cr.eventIndex() < m.facts().events().size()
                && m.facts().events().get(cr.eventIndex()) instanceof Event.Call call) {
            var traits = program.traits(m, call);
            if (traits.contains(MethodTrait.IMMUTABLE_RESULT)) {
                return Nature.SYNC;
            }
            if (traits.contains(MethodTrait.SYNCHRONIZED_WRAPPER)) {
                return Nature.SYNCHRONIZED_WRAPPER;
            }
            return ofType(program, summaries, program.staticType(m, v));
        }
        return Nature.UNKNOWN;
    }

    /** The nature of a static type: known only for arrays, library types and program classes. */
    public static Nature ofType(Program program, Summaries summaries, StaticType type) {
        if (type.isArray()) {
            return Nature.UNSAFE;
        }
        String name = type.name();
        if (name == null) {
            return Nature.UNKNOWN;
        }
        if (type.written().isPrimitive()) {
            return Nature.PRIMITIVE;
        }
        if (summaries.syncTypes().isSync(name)) {
            return Nature.SYNC;
        }
        if (program.knowledge().is(name, TypeTrait.UNSAFE)) {
            return Nature.UNSAFE;
        }
        TypeInfo t = program.type(name);
        if (t != null && !t.isInterface() && !t.facts().isAbstract()) {
            var evidence = summaries.evidence(t);
            boolean designedForThreads = !evidence.notThreadSafe()
                    && (evidence.threadSafe() || evidence.usesLocks() || evidence.volatileOrAtomic());
            return designedForThreads ? Nature.SYNC : mutableState(program, t) ? Nature.UNSAFE : Nature.UNKNOWN;
        }
        return Nature.UNKNOWN;
    }

    /** Whether a program class has a non-final instance field (its own or a program superclass's). */
    public static boolean mutableState(Program program, TypeInfo t) {
        for (TypeInfo c = t; c != null; c = program.type(c.superclass())) {
            for (var f : c.fields()) {
                if (!f.facts().isStatic() && !f.facts().isFinal() && !f.facts().isVolatile()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The method that declares the local or parameter {@code name} seen from {@code m}: {@code m} itself,
     * or the method a closure or local class is written in; {@code null} when none does.
     */
    public static MethodInfo declaring(MethodInfo m, String name) {
        MethodInfo current = m;
        while (current != null) {
            for (var v : current.facts().locals()) {
                if (v.name().equals(name)) {
                    return current;
                }
            }
            if (isParameter(current, name)) {
                return current;
            }
            MethodInfo parent = current.closureParent();
            current = parent != null ? parent : current.owner().enclosingMethod();
        }
        return null;
    }

    private static boolean isParameter(MethodInfo m, String name) {
        for (var p : m.facts().params()) {
            if (p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
