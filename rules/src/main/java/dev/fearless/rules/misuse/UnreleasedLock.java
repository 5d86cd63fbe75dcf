package dev.fearless.rules.misuse;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.Value;
import dev.fearless.knowledge.MethodTrait;
import dev.fearless.program.MethodInfo;
import dev.fearless.program.TypeInfo;
import dev.fearless.summary.Describe;
import dev.fearless.rule.EventKind;
import dev.fearless.rule.EventMatcher;
import dev.fearless.rule.Family;
import dev.fearless.rule.MethodScope;
import dev.fearless.rule.RuleContext;
import dev.fearless.rule.RuleMeta;
import dev.fearless.rule.Severity;
import java.util.List;
import java.util.Set;

/**
 * A java.util.concurrent lock whose release is not guaranteed: {@code unlock()} outside {@code finally},
 * {@code lock()} inside the try that unlocks it, statements that can throw between {@code lock()} and its
 * try, or no release at all. A borrow that is not returned on every path. A lock handed on while held
 * (returned, passed to its new owner) or released by a sibling method is a protocol, not a leak; a plain
 * {@code lock()} that opens its try is a style point (a note). The other way round, an {@code unlock()}
 * reached on a path that did not take the lock (a conditional {@code lock()} before an unconditional
 * release) throws IllegalMonitorStateException.
 */
@RuleMeta(family = Family.MISUSE, severity = Severity.WARNING,
        summary = "lock() without unlock() in a finally right after it (the lock can stay held), or tryLock()'s answer ignored.",
        peers = {"spotbugs:UL_UNRELEASED_LOCK", "spotbugs:UL_UNRELEASED_LOCK_EXCEPTION_PATH",
                "errorprone:LockNotBeforeTry", "sonar:S2222", "intellij:LockAcquiredButNotSafelyReleased"})
public final class UnreleasedLock implements EventMatcher {

    @Override
    public Set<EventKind> eventKinds() {
        return Set.of(EventKind.ACQUIRE, EventKind.RELEASE, EventKind.CALL);
    }

    @Override
    public void matchEvent(MethodScope scope, int index, Event event) {
        RuleContext context = scope.context();
        if (event instanceof Event.Release r) {
            releaseNotHeld(scope, index, r);
            return;
        }
        if (event instanceof Event.Call c) {
            tryLockIgnored(scope, index, c);
            return;
        }
        if (!(event instanceof Event.Acquire a) || a.how().isMonitor() || !a.how().blocks()) {
            return;
        }
        MethodInfo m = scope.method();
        String lock = Describe.lock(a.lock());
        String call = "`" + lock + (a.how() == Event.AcquireKind.LOCK ? ".lock()`" : ".lockInterruptibly()`");
        boolean interruptible = a.how() == Event.AcquireKind.LOCK_INTERRUPTIBLY;
        String message = switch (a.discipline()) {
            case NOT_IN_FINALLY -> handedOver(m, index, a.lock()) || heldOnReturn(m, a.lock()) && releasedElsewhere(m, a.lock())
                    || retakesCallersHold(m, index, a.lock()) || unheldReleaseAfter(m, index, a.lock())
                    ? null
                    : "`" + lock + "` is released outside a finally block: if anything between "
                    + "lock() and unlock() throws, the lock stays held and every other thread blocks on it forever; "
                    + "put unlock() in a finally right after lock()";
            case INSIDE_TRY -> call + " is inside the try whose finally unlocks it, after statements that can throw: "
                    + "if one does, unlock() throws IllegalMonitorStateException and hides the cause; take the lock just "
                    + "before the try";
            case FIRST_IN_TRY -> call + " is taken in the try whose finally unlocks it, with nothing before it there that can throw: "
                    + (interruptible ? "when it is interrupted, unlock() throws IllegalMonitorStateException and hides the "
                    + "interrupt; take the lock just before the try"
                    : "only a failure of lock() itself would reach the finally without the lock, so this is a style "
                    + "point; take the lock just before the try");
            case GAP_BEFORE_TRY -> "statements run between taking `" + lock + "` and the try that releases it: an "
                    + "exception or return there leaves the lock held; start the try right after lock()";
            case NO_RELEASE -> handedOver(m, index, a.lock()) || releasedElsewhere(m, a.lock()) ? null
                    : "`" + lock + "` is taken here and never released by this method or its class";
            default -> null;
        };
        if (message == null) {
            return;
        }
        RuleContext.FindingBuilder finding = context.report(m, a.pos(), message);
        if (a.discipline() == Event.Discipline.FIRST_IN_TRY && !interruptible) {
            finding.note();
        }
        finding.add();
    }

    /**
     * An unlock() that some path reaches without taking the lock, in a method that takes it earlier on
     * other paths ({@code if (c) lock.lock(); try {...} finally {lock.unlock();}}), or a second unlock()
     * after the lock was released: on that path this thread does not hold the lock, and unlock() throws
     * IllegalMonitorStateException. An unlock() under a test (of a flag or of the lock itself) and an
     * unlock() before any lock() of the method (releasing a caller's hold, as in an unlock/wait/relock
     * idiom) are not reported.
     */
    /**
     * A {@code tryLock()} whose answer is dropped ({@code lock.tryLock(); try { ... } finally { lock.unlock(); }}):
     * when another thread holds the lock, the code after it runs without it, and the release throws. A
     * method that only tries and returns (a lock wrapper whose callers ask whether it is held) is fine.
     */
    private static void tryLockIgnored(MethodScope scope, int index, Event.Call c) {
        if (!c.resultIgnored() || !scope.program().traits(scope.method(), c).contains(MethodTrait.LOCK_TRY)
                || !worksAfter(scope.method(), index)) {
            return; // nothing here relies on the lock: the caller asks whether it is held (a lock wrapper)
        }
        String lock = Describe.value(scope.method(), c.receiver());
        String released = releasedAfter(scope.method(), index, c.receiver())
                ? ", and releasing it after that throws IllegalMonitorStateException" : "";
        scope.context().report(scope.method(), c.pos(), "the result of `" + lock + "." + c.name() + "()` is ignored: when "
                + "another thread holds `" + lock + "`, it returns false and the code after it runs without the lock"
                + released + "; go on only when it returns true (`if (" + lock + "." + c.name()
                + "(...)) { try { ... } finally { release } }`), or take the lock with a call that waits for it").add();
    }

    /** Whether the method goes on to work after event {@code index}: it touches a field, calls, or releases a lock. */
    private static boolean worksAfter(MethodInfo m, int index) {
        List<Event> events = m.facts().events();
        for (int i = index + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (e instanceof Event.FieldAccess || e instanceof Event.Call || e instanceof Event.Release
                    || e instanceof Event.NewObject) {
                return true;
            }
        }
        return false;
    }

    /** Whether the method releases the lock {@code receiver} names after event {@code index}. */
    private static boolean releasedAfter(MethodInfo m, int index, Value receiver) {
        AccessPath p = receiver.pathOrNull();
        List<Event> events = m.facts().events();
        for (int i = index + 1; p != null && i < events.size(); i++) {
            if (events.get(i) instanceof Event.Release r && r.lock() != null && p.equals(r.lock().path())) {
                return true;
            }
        }
        return false;
    }

    private static void releaseNotHeld(MethodScope scope, int index, Event.Release r) {
        if (r.held().locks().contains(r.lock()) || r.guard() >= 0) {
            return;
        }
        List<Event> events = scope.method().facts().events();
        Event.Acquire taken = null;
        for (int i = 0; i < events.size(); i++) {
            if (i < index && upgrade(events, i, r.lock())) {
                return; // one local holds the read lock or, once upgraded, the write lock: the release is of whichever it holds
            }
            if (events.get(i) instanceof Event.Acquire a && a.lock().equals(r.lock())) {
                if (a.how().isMonitor() || !a.how().blocks() || a.discipline() == Event.Discipline.INSIDE_TRY
                        || a.discipline() == Event.Discipline.FIRST_IN_TRY) {
                    return;
                }
                taken = taken == null && i < index ? a : taken;
            }
        }
        if (taken == null) {
            return;
        }
        String lock = Describe.lock(r.lock());
        scope.context().report(scope.method(), r.pos(), "`" + lock + ".unlock()` can run when this thread does not hold `"
                + lock + "`: the lock() before it is not on every path here (or the lock was already released), and "
                + "unlock() then throws IllegalMonitorStateException; take the lock unconditionally before the try")
                .related(scope.method(), taken.pos(), "`" + lock + "` is taken here, on some paths only")
                .add();
    }

    /**
     * Whether event {@code i} lets go of the other view of {@code lock}'s read-write lock outside a finally
     * and the next lock event takes {@code lock} ({@code lock.unlock(); lock = rw.writeLock(); lock.lock();}):
     * the lock is upgraded in place, and the finally releases whichever view the method then holds.
     */
    private static boolean upgrade(List<Event> events, int i, LockRef lock) {
        if (!(events.get(i) instanceof Event.Release let) || let.inFinally() || !otherView(let.lock(), lock)) {
            return false;
        }
        for (int j = i + 1; j < events.size(); j++) {
            if (events.get(j) instanceof Event.Acquire a) {
                return a.lock().equals(lock);
            }
            if (events.get(j) instanceof Event.Release) {
                return false;
            }
        }
        return false;
    }

    /** Whether the two locks are the read and the write view of one read-write lock. */
    private static boolean otherView(LockRef a, LockRef b) {
        return a.kind() != b.kind() && a.path() != null && a.path().equals(b.path())
                && (a.kind() == LockRef.Kind.READ || a.kind() == LockRef.Kind.WRITE)
                && (b.kind() == LockRef.Kind.READ || b.kind() == LockRef.Kind.WRITE);
    }

    /**
     * Whether the method releases the lock before it takes it: it lets go of its caller's hold for a while
     * and takes it back ({@code lock.unlock(); try { sleep(); } finally { lock.lock(); }}), so the caller's
     * own try/finally releases it.
     */
    private static boolean retakesCallersHold(MethodInfo m, int acquire, LockRef lock) {
        List<Event> events = m.facts().events();
        for (int i = 0; i < acquire; i++) {
            if (events.get(i) instanceof Event.Release r && r.lock().equals(lock) && !r.held().locks().contains(lock)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a later unlock() of the lock runs where the lock may not be held: that release is the finding. */
    private static boolean unheldReleaseAfter(MethodInfo m, int acquire, LockRef lock) {
        List<Event> events = m.facts().events();
        for (int i = acquire + 1; i < events.size(); i++) {
            if (events.get(i) instanceof Event.Release r && r.lock().equals(lock) && !r.held().locks().contains(lock)
                    && r.guard() < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the held lock is handed on with the object that holds it: the lock object (a local) is
     * returned, stored, or passed to a call or constructor after it is taken, so its new owner releases it.
     */
    private static boolean handedOver(MethodInfo m, int acquire, LockRef lock) {
        AccessPath p = lock.path();
        if (p == null || p.isField() || p.root() != AccessPath.Root.LOCAL) {
            return false;
        }
        List<Event> events = m.facts().events();
        for (int i = acquire + 1; i < events.size(); i++) {
            Event e = events.get(i);
            List<Value> values = e instanceof Event.Call c ? c.args() : e instanceof Event.NewObject n ? n.args()
                    : e instanceof Event.Return r ? List.of(r.value())
                    : e instanceof Event.FieldAccess fa && fa.kind().isWrite() ? List.of(fa.value()) : List.of();
            for (Value v : values) {
                if (p.equals(v.pathOrNull())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the method can return with the lock still held: a lock/unlock protocol split across methods. */
    private static boolean heldOnReturn(MethodInfo m, LockRef lock) {
        for (Event e : m.facts().events()) {
            if (e instanceof Event.Return && e.held().locks().contains(lock)) {
                return true;
            }
        }
        return false;
    }

    /** A lock/unlock pair split across methods on purpose: another method of the type (or a closure) releases it. */
    private static boolean releasedElsewhere(MethodInfo m, LockRef lock) {
        AccessPath p = lock.path();
        if (p == null || p.root() == AccessPath.Root.PARAM) {
            return true;
        }
        for (TypeInfo t = m.owner(); t != null; t = t.enclosing()) {
            for (MethodInfo other : t.methods()) {
                for (Event e : other.facts().events()) {
                    if (e instanceof Event.Release r && (r.lock().equals(lock)
                            || p.root() == AccessPath.Root.LOCAL && r.lock().kind() == lock.kind())) {
                        if (other != m || p.root() == AccessPath.Root.LOCAL) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
