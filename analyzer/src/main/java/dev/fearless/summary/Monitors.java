package dev.fearless.summary;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.Value;
import dev.fearless.program.CallSite;
import dev.fearless.program.FieldInfo;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.Program;
import java.util.List;

/** Which lock a wait, notify or condition call needs, and whether it is held there. */
public final class Monitors {

    private Monitors() {
    }

    /** The monitor an Object method ({@code wait}, {@code notify}) called on this receiver needs, or {@code null}. */
    public static LockRef monitorOf(MethodInfo m, Value receiver) {
        if (receiver instanceof Value.Implicit) {
            return m.facts().isStatic() ? null : LockRef.monitor(AccessPath.THIS_PATH);
        }
        if (receiver instanceof Value.Literal lit && lit.kind() == Value.LiteralKind.CLASS) {
            return LockRef.classMonitor(lit.text());
        }
        AccessPath p = receiver.pathOrNull();
        return p == null ? null : LockRef.monitor(p);
    }

    /**
     * The lock a Condition at {@code condition} belongs to, when the condition is a field initialized
     * with {@code lock.newCondition()} (rebased onto the path the condition was reached by); else null.
     */
    public static LockRef lockOfCondition(Program program, MethodInfo m, Value condition) {
        AccessPath p = condition.pathOrNull();
        if (p == null || !p.isField()) {
            return null;
        }
        FieldInfo f = program.field(m, p);
        if (f == null || !(f.facts().initializer() instanceof Value.CallResult cr)) {
            return null;
        }
        MethodInfo init = Initializers.of(f);
        if (init == null || cr.eventIndex() >= init.facts().events().size()
                || !(init.facts().events().get(cr.eventIndex()) instanceof Event.Call call)
                || !call.name().equals("newCondition")) {
            return null;
        }
        LockRef lock = lockValue(program, init, call.receiver());
        if (lock == null) {
            return null;
        }
        if (lock.path() != null && lock.path().root() == AccessPath.Root.THIS) {
            AccessPath owner = p.prefix();
            AccessPath rebased = owner;
            for (String field : lock.path().fields()) {
                rebased = rebased == null ? null : rebased.plus(field);
            }
            return rebased == null ? null : new LockRef(lock.kind(), rebased, lock.className());
        }
        return lock;
    }

    /** The lock a value denotes when it is a Lock (a field, or {@code rw.readLock()}/{@code rw.writeLock()}). */
    private static LockRef lockValue(Program program, MethodInfo m, Value v) {
        if (v instanceof Value.CallResult cr && m.facts().events().get(cr.eventIndex()) instanceof Event.Call call
                && call.receiver().pathOrNull() != null) {
            if (call.name().equals("readLock")) {
                return LockRef.lock(LockRef.Kind.READ, call.receiver().pathOrNull());
            }
            if (call.name().equals("writeLock")) {
                return LockRef.lock(LockRef.Kind.WRITE, call.receiver().pathOrNull());
            }
        }
        AccessPath p = v.pathOrNull();
        if (p == null) {
            return null;
        }
        FieldInfo f = program.field(m, p);
        if (f != null && f.facts().initializer() instanceof Value.CallResult) {
            MethodInfo init = Initializers.of(f);
            LockRef alias = init == null ? null : lockValue(program, init, f.facts().initializer());
            if (alias != null) {
                return alias;
            }
        }
        return LockRef.lock(LockRef.Kind.LOCK, p);
    }

    /** Whether {@code lock} is held at an event of {@code m} (its own locks, entry locks, or those of every caller). */
    public static boolean held(Program program, Summaries summaries, MethodInfo m, LockSet atEvent, LockRef lock) {
        if (summaries.heldAt(m, atEvent).contains(lock)) {
            return true;
        }
        return heldByAllCallers(program, summaries, m, lock);
    }

    /**
     * Whether every call of {@code m} in the program (there being at least one) holds {@code lock}, as
     * {@code m} names it: the benefit of the doubt for helpers only ever called under the lock.
     */
    public static boolean heldByAllCallers(Program program, Summaries summaries, MethodInfo m, LockRef lock) {
        if (m.facts().isClosure()) {
            return false;
        }
        List<CallSite> callers = program.callGraph().callersOf(m);
        if (callers.isEmpty()) {
            return false;
        }
        for (CallSite s : callers) {
            LockSet atCall = summaries.heldAt(s.caller(), s.caller().facts().events().get(s.event()).held());
            if (!Frames.intoCallee(atCall, s.caller(), s.event(), m, program).contains(lock)) {
                return false;
            }
        }
        return true;
    }
}
