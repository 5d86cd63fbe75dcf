package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.facts.Position;
import dev.fearless.facts.Value;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Objects a class makes without their lock because it does not share them: a final lock field left
 * null ({@code allocationLock = shared ? new StampedLock() : null}) and code that takes the lock only when
 * there is one ({@code if (allocationLock == null) { allocate(); } else { lock; allocate(); }}). Code that
 * runs only where the object's lock is null runs on an object its class made for one thread: it races
 * with nothing, and the code that takes the lock runs on other objects. So does code under a final
 * boolean mode that the constructors set only together with a null lock ({@code if (unpooled) ...} where
 * the unpooled constructor leaves {@code runsAvailLock} null).
 */
final class NullLocks {

    /** Per entry method, the sites known to run (or not) only where the object's lock is null. */
    private final Map<MethodInfo, Map<Position, Boolean>> known = new ConcurrentHashMap<>();

    /** Whether the use runs only where its object's final lock field is null (or its mode says it is). */
    boolean unshared(Program program, FieldUse u) {
        MethodInfo m = u.method();
        return known.computeIfAbsent(m, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(u.site(), site -> unsharedAt(program, m, site));
    }

    private static boolean unsharedAt(Program program, MethodInfo m, Position site) {
        for (Event e : m.facts().events()) {
            if (e.pos().equals(site)) {
                return underNullLock(program, m, e);
            }
        }
        return false;
    }

    private static boolean underNullLock(Program program, MethodInfo m, Event e) {
        for (Guard g : m.facts().guardChain(e)) {
            for (Guard.Test t : g.implied()) {
                AccessPath s = t.subject().pathOrNull();
                FieldInfo f = s != null && s.isOwnField() ? program.field(m.owner(), s.lastField()) : null;
                if (f == null || f.facts().isStatic() || !f.facts().isFinal()) {
                    continue;
                }
                if (t.kind() == Guard.TestKind.IS_NULL && lockedByItsClass(f)
                        || (t.kind() == Guard.TestKind.IS_TRUE || t.kind() == Guard.TestKind.IS_FALSE)
                        && modeWithoutLock(f, t.kind() == Guard.TestKind.IS_TRUE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the final boolean {@code mode} holding {@code value} marks objects made without their lock:
     * every constructor that sets it to that value sets a final lock field of the class (one its methods
     * take) to null, and some constructor does ({@code unpooled = true; runsAvailLock = null;}).
     */
    private static boolean modeWithoutLock(FieldInfo mode, boolean value) {
        boolean any = false;
        for (MethodInfo c : mode.owner().methods()) {
            if (!c.facts().isConstructor()) {
                continue;
            }
            Value set = assigned(c, mode.name());
            if (set == null) {
                continue;
            }
            if (!(set instanceof Value.Literal lit) || lit.kind() != Value.LiteralKind.BOOLEAN) {
                return false;
            }
            if (Boolean.parseBoolean(lit.text()) != value) {
                continue;
            }
            if (!setsALockNull(c)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean setsALockNull(MethodInfo constructor) {
        for (FieldInfo f : constructor.owner().fields()) {
            if (f.facts().isFinal() && !f.facts().isStatic() && assigned(constructor, f.name()) instanceof Value.Literal lit
                    && lit.kind() == Value.LiteralKind.NULL && lockedByItsClass(f)) {
                return true;
            }
        }
        return false;
    }

    /** The value the constructor stores in its object's field {@code name}, when it stores one once; else {@code null}. */
    private static Value assigned(MethodInfo constructor, String name) {
        Value found = null;
        for (Event e : constructor.facts().events()) {
            if (e instanceof Event.FieldAccess fa && fa.kind() == Event.AccessKind.WRITE && fa.path().isOwnField()
                    && fa.path().lastField().equals(name)) {
                if (found != null) {
                    return Value.Other.INSTANCE;
                }
                found = fa.value();
            }
        }
        return found;
    }

    /** Whether some method of the field's class takes the lock the field holds. */
    private static boolean lockedByItsClass(FieldInfo f) {
        for (MethodInfo m : f.owner().methods()) {
            for (Event e : m.facts().events()) {
                if (e instanceof Event.Acquire a && a.lock().path() != null && a.lock().path().isOwnField()
                        && a.lock().path().lastField().equals(f.name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
