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
import java.util.List;

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
            // documented thread-safe: sharing it is the design, and a race inside it is the class's own
            boolean designedForThreads = !evidence.notThreadSafe() && (evidence.threadSafe()
                    || t.facts().documented() == dev.fearless.facts.Contract.THREAD_SAFE
                    || evidence.usesLocks() && !lockedInconsistently(summaries, program, t) || evidence.volatileOrAtomic()
                    || onOneLoop(summaries, program, t));
            return designedForThreads ? Nature.SYNC
                    : mutableState(program, t) || changedContents(summaries, program, t, 0) ? Nature.UNSAFE : Nature.UNKNOWN;
        }
        return Nature.UNKNOWN;
    }

    /**
     * Whether every use of the object's fields after construction runs on one executor's own thread: the
     * class hands its work to its loop, or checks it is on it ({@code if (loop.inEventLoop()) ... else
     * loop.execute(...)}), so any thread may hold it and call it.
     */
    static boolean onOneLoop(Summaries summaries, Program program, TypeInfo t) {
        LogicalThread loop = null;
        for (TypeInfo c = t; c != null; c = program.type(c.superclass())) {
            for (var f : c.fields()) {
                if (f.facts().isStatic()) {
                    continue;
                }
                for (FieldUse u : summaries.uses(f)) {
                    if (summaries.construction().only(u.originMethod()) || u.originMethod().facts().isInitialization()) {
                        continue;
                    }
                    LogicalThread only = u.threads().only();
                    if (only == null || !only.oneExecutor() || loop != null && !loop.equals(only)) {
                        return false;
                    }
                    loop = only;
                }
            }
        }
        return loop != null;
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
     * Whether a class that locks leaves some of its plain state unlocked: a field of it (or of a program
     * superclass) accessed under a lock in one place and without any in another, one of the two a write,
     * outside construction ({@code append} synchronized, {@code close} setting the writer to null without
     * the lock). Its locks do not make it safe to share.
     */
    static boolean lockedInconsistently(Summaries summaries, Program program, TypeInfo t) {
        for (TypeInfo c = t; c != null; c = program.type(c.superclass())) {
            for (var f : c.fields()) {
                if (f.facts().isStatic() || f.facts().isFinal() || f.facts().isVolatile()) {
                    continue;
                }
                boolean lockedWrite = false;
                boolean lockedRead = false;
                boolean unlockedWrite = false;
                boolean unlockedRead = false;
                for (FieldUse u : summaries.uses(f)) {
                    if (summaries.construction().only(u.originMethod()) || u.originMethod().facts().isInitialization()) {
                        continue;
                    }
                    boolean write = u.op().isWrite();
                    if (u.held().isEmpty()) {
                        unlockedWrite |= write;
                        unlockedRead |= !write;
                    } else {
                        lockedWrite |= write;
                        lockedRead |= !write;
                    }
                }
                if (unlockedWrite && (lockedRead || lockedWrite) || lockedWrite && unlockedRead) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a final instance field of a program class (its own or a program superclass's) holds
     * state that is not thread-safe and that the object's methods change after construction: a JDK
     * collection or builder the knowledge base marks not thread-safe, or an array, filled by
     * {@code cache.put(k, v)} or {@code slots[i] = v}. Such an object is as mutable as one with a plain
     * field, although every field is final.
     */
    static boolean changedContents(Summaries summaries, Program program, TypeInfo t, int depth) {
        for (TypeInfo c = t; c != null; c = program.type(c.superclass())) {
            for (var f : c.fields()) {
                if (f.facts().isStatic() || !f.facts().isFinal()) {
                    continue;
                }
                if (!unsafeHolder(program, f)) {
                    if (depth < PART_DEPTH && unsafePart(summaries, program, f, depth) != null && calledAfterConstruction(f)) {
                        return true;
                    }
                    continue;
                }
                if (LatchHandoffs.ordered(program, summaries, summaries.uses(f))) {
                    continue;
                }
                for (FieldUse u : summaries.uses(f)) {
                    if (u.op().isWrite() && u.op().throughContents() && !summaries.construction().only(u.originMethod())
                            && !u.originMethod().facts().isInitialization()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a method of the field's class, other than its constructors and initializers, calls a method on the field's object. */
    private static boolean calledAfterConstruction(FieldInfo f) {
        for (MethodInfo m : f.owner().methods()) {
            if (m.facts().isInitialization()) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Call c && c.receiver().pathOrNull() != null && c.receiver().pathOrNull().isOwnField()
                        && c.receiver().pathOrNull().lastField().equals(f.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many final fields deep a part that is not safe to share is looked for ({@code appender.layout.buffer}). */
    private static final int PART_DEPTH = 2;

    /**
     * The program class of a final field's object when that object is not safe to share itself: a
     * concrete class, not designed for threads, whose own state is plain or changed after construction
     * (a layout that formats into a {@code StringBuilder} field). Its owner uses it after construction, so
     * sharing the owner shares it.
     */
    private static TypeInfo unsafePart(Summaries summaries, Program program, FieldInfo f, int depth) {
        if (f.facts().type().isArray() || f.facts().type().isPrimitive()) {
            return null;
        }
        String name = program.resolveType(f.facts().type(), f.owner());
        TypeInfo part = name == null ? null : program.type(name);
        if (part == null || part.isInterface() || part.facts().isAbstract() || part == f.owner()) {
            return null;
        }
        Evidence evidence = summaries.evidence(part);
        if (evidence.notThreadSafe() || evidence.threadSafe() || evidence.usesLocks() || evidence.volatileOrAtomic()) {
            return null;
        }
        return mutableState(program, part) || changedContents(summaries, program, part, depth + 1) ? part : null;
    }

    /**
     * Whether the field holds an array or a library object the knowledge base marks not thread-safe: by its
     * declared type, or by every value the class stores in it ({@code Map<K, V> cache = new HashMap<>()}).
     */
    private static boolean unsafeHolder(Program program, FieldInfo f) {
        if (f.facts().type().isArray() || unsafe(program, program.resolveType(f.facts().type(), f.owner()))) {
            return true;
        }
        List<StoredValue> stored = StoredValue.of(f);
        return stored != null && !stored.isEmpty() && stored.stream().allMatch(v -> v.value() instanceof Value.NewValue nv
                && (nv.type().isArray() || unsafe(program, program.staticType(v.method(), nv).name())));
    }

    private static boolean unsafe(Program program, String type) {
        return type != null && program.knowledge().is(type, TypeTrait.UNSAFE);
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
