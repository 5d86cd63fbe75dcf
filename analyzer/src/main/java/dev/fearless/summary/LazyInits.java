package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.CatchClause;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Recognizes lazy initialization: a field store inside a test of that field (or a local copy of it) for null. */
public final class LazyInits {

    private LazyInits() {
    }

    /** Whether the store is the assignment of a lazy initialization (the null check may be under a lock or not). */
    public static boolean isLazyInit(MethodInfo m, Event.FieldAccess w) {
        return nullCheck(m, w) != null;
    }

    /** The condition that tests the field (or a local copy of it) for null around the write, or null. */
    public static Guard nullCheck(MethodInfo m, Event.FieldAccess w) {
        return nullCheckAround(m, w, w.path(), copies(m, w.path()));
    }

    /** The locals of {@code m} assigned a copy of the field at {@code path} ({@code T t = this.f;}). */
    private static Set<String> copies(MethodInfo m, AccessPath path) {
        Set<String> aliases = new HashSet<>();
        for (Event e : m.facts().events()) {
            if (e instanceof Event.LocalAssign la && path.equals(la.value().pathOrNull())) {
                aliases.add(la.local());
            }
        }
        return aliases;
    }

    /**
     * The methods that write the field when every write (after construction) is a lazy initialization
     * (under a null check of the field, or under {@code if (!initialized)} where the flag is only ever
     * set to true) whose check is made holding a lock the write holds too (one lock for all instances when the
     * field is static): the field then goes from null to its one value once. {@code null} when some write is anything else, or there are none.
     */
    public static Set<MethodInfo> lockedInitializers(Program program, List<FieldUse> writes) {
        Set<MethodInfo> result = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FieldUse w : writes) {
            MethodInfo m = w.originMethod();
            Event.FieldAccess write = writeAt(m, w.origin());
            if (write == null) {
                return null;
            }
            Guard nullCheck = nullCheck(m, write);
            Guard check = nullCheck == null ? onceFlagCheck(program, m, write) : nullCheck;
            boolean shared = w.field().facts().isStatic();
            if (check != null && lockedTogether(check.held(), write.held(), shared)) {
                result.add(m);
                continue;
            }
            List<MethodInfo> checking = checkedCallers(program, m, write, shared);
            if (checking == null) {
                return null;
            }
            result.add(m);
            result.addAll(checking);
        }
        return result.isEmpty() ? null : result;
    }

    /** Whether some lock held at the write was held at the check too (one for all instances, for static state). */
    private static boolean lockedTogether(LockSet atCheck, LockSet atWrite, boolean shared) {
        return atWrite.locks().stream().anyMatch(l -> atCheck.contains(l) && (!shared || oneForAll(l)));
    }

    /**
     * The methods that call {@code m}, a private helper that makes the write ({@code register()} setting
     * {@code pool}), when every call of it is made on the same object under a null check of the field held
     * under a lock the call holds too ({@code synchronized (this) { if (pool == null) register(); }}): the
     * write is a lazy initialization made through the helper. {@code null} when some call is not.
     */
    private static List<MethodInfo> checkedCallers(Program program, MethodInfo m, Event.FieldAccess write, boolean shared) {
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (!m.facts().isPrivate() || m.facts().isClosure() || callers.isEmpty()) {
            return null;
        }
        List<MethodInfo> result = new ArrayList<>();
        for (CallSite s : callers) {
            MethodInfo caller = s.caller();
            if (!(caller.facts().eventAt(s.event()) instanceof Event.Call call) || caller.facts().isClosure()
                    || !m.facts().isStatic() && !call.receiver().isSelf()) {
                return null;
            }
            Guard check = nullCheckAround(caller, call, write.path(), Set.of());
            LockSet atWrite = call.held().plusAll(write.held());
            if (check == null || !lockedTogether(check.held(), atWrite, shared)) {
                return null;
            }
            result.add(caller);
        }
        return result;
    }

    /**
     * The condition around {@code e} of {@code m} that tests the field at {@code path}, or a local in
     * {@code aliases} holding it, for null; {@code null} when there is none.
     */
    private static Guard nullCheckAround(MethodInfo m, Event e, AccessPath path, Set<String> aliases) {
        for (Guard g : m.facts().guardChain(e)) {
            for (Guard.Test t : g.implied()) {
                AccessPath p = t.subject().pathOrNull();
                if (t.kind() == Guard.TestKind.IS_NULL && p != null && (p.equals(path)
                        || p.root() == AccessPath.Root.LOCAL && !p.isField() && aliases.contains(p.rootName()))) {
                    return g;
                }
            }
        }
        return null;
    }

    /**
     * The test around the write that a flag is still false ({@code if (!initialized)}), where the flag is
     * a private field its class only ever sets to {@code true} outside construction: the code under it
     * runs once. {@code null} when there is none.
     */
    private static Guard onceFlagCheck(Program program, MethodInfo m, Event.FieldAccess w) {
        List<Guard> guards = m.facts().guards();
        for (int g = w.guard(); g >= 0; g = guards.get(g).parent()) {
            for (Guard.Test t : guards.get(g).implied()) {
                AccessPath p = t.subject().pathOrNull();
                if (t.kind() == Guard.TestKind.IS_FALSE && p != null && (p.isOwnField() || p.isStaticField())) {
                    FieldInfo flag = program.field(m, p);
                    if (flag != null && flag.facts().isPrivate() && onlySetTrue(program, flag)) {
                        return guards.get(g);
                    }
                }
            }
        }
        return null;
    }

    /** Whether every write of the private flag, in its top-level class, outside construction, stores {@code true}. */
    static boolean onlySetTrue(Program program, FieldInfo flag) {
        for (MethodInfo m : program.writtenInTopLevelOf(flag.owner())) {
            if (m.facts().isInitialization()) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isField()
                        && fa.path().lastField().equals(flag.name()) && program.field(m, fa.path()) == flag
                        && !(fa.value() instanceof Value.Literal l && l.kind() == Value.LiteralKind.BOOLEAN
                        && l.text().equals("true"))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether every instance takes the same lock: a class monitor or a lock in a static field (for static state). */
    private static boolean oneForAll(LockRef l) {
        return l.kind() == LockRef.Kind.CLASS || l.path() != null && l.path().root() == AccessPath.Root.STATIC;
    }

    /**
     * Whether the event at {@code read} in {@code m} comes, on every path to it, after a call that can
     * run only {@code initializers}: once that call returns, the thread has taken the initializer's lock
     * after the field was set (by it or by the thread that set it), and nothing sets the field again.
     */
    public static boolean initializedBefore(Program program, MethodInfo m, Position read, Set<MethodInfo> initializers) {
        return initializedBefore(program, m, read, initializers, null);
    }

    /**
     * As {@link #initializedBefore(Program, MethodInfo, Position, Set)}, or, for a read of the field at
     * {@code path} in one of the initializers: every path to the read passes, first, the initializer's own
     * locked check of the field for null ({@code synchronized (this) { if (pool == null) register(); }
     * pool.borrow()}). After it the thread either saw the field set, under the lock the setting thread
     * released, or set it itself.
     */
    public static boolean initializedBefore(Program program, MethodInfo m, Position read, Set<MethodInfo> initializers,
                                            AccessPath path) {
        List<Event> events = m.facts().events();
        int at = indexAt(events, read);
        if (at < 0) {
            return false;
        }
        Set<Integer> guards = chain(events.get(at).guard(), m.facts().guards().size(), g -> m.facts().guards().get(g).parent());
        Set<Integer> loops = chain(events.get(at).loop(), m.facts().loops().size(), l -> m.facts().loops().get(l).parent());
        boolean checksHere = path != null && initializers.contains(m);
        for (int i = 0; i < at; i++) {
            Event e = events.get(i);
            if (e.loop() >= 0 && !loops.contains(e.loop()) || caughtApart(m, i, at)) {
                continue;
            }
            for (int h = checksHere ? e.guard() : -1; h >= 0 && !guards.contains(h); h = m.facts().guards().get(h).parent()) {
                if (lockedNullCheckBefore(m, h, guards, path)) {
                    return true;
                }
            }
            if (!(e instanceof Event.Call) || e.guard() >= 0 && !guards.contains(e.guard())) {
                continue;
            }
            List<MethodInfo> targets = program.callGraph().targets(m, i);
            if (!targets.isEmpty() && initializers.containsAll(targets)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether guard {@code g} (of an event before the read) is a null check of the field at {@code path}
     * made under a lock, in an {@code if} every path to the read goes through (its enclosing conditions are
     * the read's too), and the read is not inside it.
     */
    private static boolean lockedNullCheckBefore(MethodInfo m, int g, Set<Integer> readGuards, AccessPath path) {
        Guard guard = m.facts().guards().get(g);
        if (guard.held().isEmpty() || guard.parent() >= 0 && !readGuards.contains(guard.parent())) {
            return false;
        }
        for (Guard.Test t : guard.implied()) {
            if (t.kind() == Guard.TestKind.IS_NULL && path.equals(t.subject().pathOrNull())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a try around the call at {@code call} can end in a handler and go on to {@code at} outside it
     * (a handler that throws or returns does not go on).
     */
    private static boolean caughtApart(MethodInfo m, int call, int at) {
        for (CatchClause c : m.facts().catches()) {
            if (call >= c.tryStart() && call < c.tryEnd() && (at < c.tryStart() || at >= c.tryEnd())
                    && c.exit() != CatchClause.Exit.THROW && c.exit() != CatchClause.Exit.RETURN) {
                return true;
            }
        }
        return false;
    }

    private static Set<Integer> chain(int start, int size, java.util.function.IntUnaryOperator parent) {
        Set<Integer> result = new HashSet<>();
        for (int i = start; i >= 0 && i < size && result.add(i); i = parent.applyAsInt(i)) {
            // walks up to the outermost
        }
        return result;
    }

    private static int indexAt(List<Event> events, Position pos) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).pos().equals(pos)) {
                return i;
            }
        }
        return -1;
    }

    /** Primitive types a plain write stores whole (a long or double may be written in two halves). */
    private static final Set<String> WHOLE = Set.of("int", "short", "byte", "char", "boolean", "float");

    /** A plain (neither final nor volatile) field of a primitive type a write stores whole. */
    private static boolean plainWholePrimitive(FieldInfo f) {
        return !f.facts().isFinal() && !f.facts().isVolatile() && f.facts().type().isPrimitive()
                && WHOLE.contains(f.facts().type().simpleName());
    }

    /**
     * Whether the field is a racy cache of a value its object computes from its final state: a plain
     * primitive of 32 bits or fewer, written (after construction) only by one method without parameters,
     * inside a test of the field or a local copy of it ({@code int h = hash; if (h == 0) { h = ...; hash =
     * h; } return h;}), a method that reads no other mutable field of the object and calls nothing on it.
     * Every thread computes the same value and stores it whole: a race only computes it twice (the
     * {@code String.hashCode} idiom).
     */
    public static boolean racyCache(Program program, Summaries summaries, FieldInfo f, List<FieldUse> uses) {
        if (!plainWholePrimitive(f)) {
            return false;
        }
        MethodInfo writer = null;
        for (FieldUse u : uses) {
            if (!u.op().isWrite() || summaries.construction().only(u.originMethod())
                    || u.originMethod().facts().isInitialization()) {
                continue;
            }
            if (u.op() != AccessOp.WRITE || writer != null && writer != u.originMethod()) {
                return false;
            }
            writer = u.originMethod();
            Event.FieldAccess write = writeAt(writer, u.origin());
            if (write == null || !testedAround(writer, write)) {
                return false;
            }
        }
        return writer != null && writer.facts().params().isEmpty() && readsOnly(program, writer, f, false, 0);
    }

    /**
     * {@link #racyCache} read from the class's own code alone, for a class that declares itself immutable
     * ({@code @Immutable}): the field is written, after construction, only by one method without
     * parameters, inside a test of the field, and that method reads only final fields and calls only
     * methods of the object that do the same or that it does not implement (an {@code @AutoValue}
     * getter), whose values the declaration promises do not change.
     */
    public static boolean cachedInImmutable(Program program, FieldInfo f) {
        if (!plainWholePrimitive(f)) {
            return false;
        }
        MethodInfo writer = null;
        for (MethodInfo m : f.owner().methods()) {
            if (m.facts().isInitialization()) {
                continue;
            }
            for (Event e : m.facts().events()) {
                if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.path().isOwnField()
                        && fa.path().lastField().equals(f.name())) {
                    if (fa.kind() != Event.AccessKind.WRITE || writer != null && writer != m || !testedAround(m, fa)) {
                        return false;
                    }
                    writer = m;
                }
            }
        }
        return writer != null && writer.facts().params().isEmpty() && readsOnly(program, writer, f, true, 0);
    }

    /** Whether a condition around the write tests the field, or a local copy of it. */
    private static boolean testedAround(MethodInfo m, Event.FieldAccess w) {
        Set<String> aliases = copies(m, w.path());
        for (Guard g : m.facts().guardChain(w)) {
            for (Guard.Test t : g.implied()) {
                AccessPath p = t.subject().pathOrNull();
                if (p != null && (p.equals(w.path()) || !p.isField() && aliases.contains(p.rootName()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How deep {@link #readsOnly} follows calls on the object's own methods. */
    private static final int SELF_CALL_DEPTH = 3;

    /**
     * Whether the method reads no mutable field but {@code f} (final fields give every thread the same
     * value) and calls only methods of its own object that do the same; with {@code trustSelf} (a class
     * declared immutable), also methods of its own the program has no body for.
     */
    private static boolean readsOnly(Program program, MethodInfo m, FieldInfo f, boolean trustSelf, int depth) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess a && !a.path().lastField().equals(f.name())) {
                if (a.kind() != Event.AccessKind.READ) {
                    return false;
                }
                FieldInfo read = program.field(m, a.path());
                boolean constant = read == null ? a.path().root() == AccessPath.Root.STATIC && a.path().fields().size() == 1
                        : read.facts().isFinal(); // a library's static (Locale.ROOT) or a final field of the program
                if (!constant) {
                    return false;
                }
            } else if (e instanceof Event.Call c && c.receiver().isSelf()) {
                List<MethodInfo> targets = program.callGraph().targets(m, i);
                if (depth >= SELF_CALL_DEPTH || targets.isEmpty() && !trustSelf) {
                    return false;
                }
                for (MethodInfo t : targets) {
                    boolean bodiless = t.facts().events().isEmpty() && t.facts().isAbstract();
                    if (!(bodiless && trustSelf) && !readsOnly(program, t, f, trustSelf, depth + 1)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static Event.FieldAccess writeAt(MethodInfo m, Position pos) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind().isWrite() && fa.pos().equals(pos)) {
                return fa;
            }
        }
        return null;
    }
}
