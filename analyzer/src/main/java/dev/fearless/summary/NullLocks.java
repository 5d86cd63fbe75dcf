package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.Guard;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;

/**
 * Objects a class makes without their lock because it does not share them: a final lock field left
 * null ({@code allocationLock = shared ? new StampedLock() : null}) and code that takes the lock only when
 * there is one ({@code if (allocationLock == null) { allocate(); } else { lock; allocate(); }}). Code that
 * runs only where the object's lock is null runs on an object its class made for one thread: it races
 * with nothing, and the code that takes the lock runs on other objects.
 */
final class NullLocks {

    private NullLocks() {
    }

    /** Whether the use runs only where its object's final lock field is null. */
    static boolean unshared(Program program, FieldUse u) {
        MethodInfo m = u.method();
        for (Event e : m.facts().events()) {
            if (e.pos().equals(u.site())) {
                return underNullLock(program, m, e);
            }
        }
        return false;
    }

    private static boolean underNullLock(Program program, MethodInfo m, Event e) {
        for (Guard g : m.facts().guardChain(e)) {
            for (Guard.Test t : g.implied()) {
                AccessPath s = t.subject().pathOrNull();
                if (t.kind() == Guard.TestKind.IS_NULL && s != null && s.isOwnField()) {
                    FieldInfo f = program.field(m.owner(), s.lastField());
                    if (f != null && !f.facts().isStatic() && f.facts().isFinal() && lockedByItsClass(f)) {
                        return true;
                    }
                }
            }
        }
        return false;
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
