package dev.fearless.extract;

import static dev.fearless.extract.Snippet.firstWrite;
import static dev.fearless.extract.Snippet.held;
import static dev.fearless.extract.Snippet.onlyAcquire;
import static dev.fearless.extract.Snippet.thisField;
import static dev.fearless.extract.Snippet.thisMonitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import dev.fearless.facts.MethodFacts;
import org.junit.jupiter.api.Test;

/** The lock set certainly held at each event: monitors, explicit locks, tryLock and read/write locks. */
class HeldLocksTest {

    private static final String LOCKS = """
            package p;
            import java.util.concurrent.locks.*;
            class A {
                private final Lock lock = new ReentrantLock();
                private final ReadWriteLock rw = new ReentrantReadWriteLock();
                private final Lock readView = rw.readLock();
                private final Lock writeView = rw.writeLock();
                private final Object guard = new Object();
                private int x;
                private int y;
                static int total;

                synchronized void syncMethod() { x = 1; }
                static synchronized void staticSync() { total = 1; }
                void syncBlock() { y = 0; synchronized (guard) { x = 1; } y = 1; }
                void syncThis() { synchronized (this) { x = 1; } }
                void canonical() { lock.lock(); try { x = 1; } finally { lock.unlock(); } y = 1; }
                void tryLockIf() { if (lock.tryLock()) { try { x = 1; } finally { lock.unlock(); } } y = 1; }
                void tryLockElse() { if (lock.tryLock()) { x = 1; lock.unlock(); } else { y = 1; } }
                void tryLockReturn() { if (!lock.tryLock()) return; try { x = 1; } finally { lock.unlock(); } }
                void tryLockReturnNoBraces() { if (!lock.tryLock()) { return; } x = 1; lock.unlock(); }
                void readViaField() { readView.lock(); try { x = 1; } finally { readView.unlock(); } }
                void writeViaField() { writeView.lock(); try { x = 1; } finally { writeView.unlock(); } }
                void readDirect() { rw.readLock().lock(); try { x = 1; } finally { rw.readLock().unlock(); } }
                void writeDirect() { rw.writeLock().lock(); try { x = 1; } finally { rw.writeLock().unlock(); } }
                void readViaLocal() { Lock r = rw.readLock(); r.lock(); try { x = 1; } finally { r.unlock(); } }
                void writeViaLocal() { Lock w = rw.writeLock(); w.lock(); try { x = 1; } finally { w.unlock(); } }
                void withCatch() { lock.lock(); try { x = 1; } catch (RuntimeException e) { y = 1; } finally { lock.unlock(); } }
                void timedTryLock() throws InterruptedException { if (lock.tryLock(1, java.util.concurrent.TimeUnit.SECONDS)) { try { x = 1; } finally { lock.unlock(); } } }
                void tryLockFlag() { boolean ok = lock.tryLock(); if (ok) { try { x = 1; } finally { lock.unlock(); } } }
                void nested() { synchronized (guard) { lock.lock(); try { x = 1; } finally { lock.unlock(); } y = 1; } }
            }
            """;

    private static final Snippet SNIPPET = Snippet.of(LOCKS);

    private static final LockRef LOCK = LockRef.lock(LockRef.Kind.LOCK, thisField("lock"));
    private static final LockRef READ = LockRef.lock(LockRef.Kind.READ, thisField("rw"));
    private static final LockRef WRITE = LockRef.lock(LockRef.Kind.WRITE, thisField("rw"));

    private static MethodFacts method(String name) {
        return SNIPPET.method(name);
    }

    @Test
    void synchronizedMethod_holdsThisMonitorInBody() {
        MethodFacts m = method("syncMethod");
        assertEquals(held(thisMonitor()), firstWrite(m, "x").held());
        Event.Acquire acquire = onlyAcquire(m);
        assertEquals(Event.AcquireKind.SYNCHRONIZED_METHOD, acquire.how());
        assertEquals(LockSet.EMPTY, acquire.held());
    }

    @Test
    void staticSynchronizedMethod_holdsClassMonitor() {
        MethodFacts m = method("staticSync");
        assertEquals(held(LockRef.classMonitor("p.A")), firstWrite(m, "total").held());
    }

    @Test
    void synchronizedBlock_holdsItsMonitorOnlyInside() {
        MethodFacts m = method("syncBlock");
        LockRef guard = LockRef.monitor(thisField("guard"));
        Event.FieldAccess before = Snippet.accesses(m, "y").get(0);
        Event.FieldAccess after = Snippet.accesses(m, "y").get(1);
        assertEquals(LockSet.EMPTY, before.held());
        assertEquals(held(guard), firstWrite(m, "x").held());
        assertEquals(LockSet.EMPTY, after.held());
        assertEquals(Event.AcquireKind.SYNCHRONIZED_BLOCK, onlyAcquire(m).how());
    }

    @Test
    void synchronizedOnThis_isTheSameLockAsSynchronizedMethod() {
        assertEquals(firstWrite(method("syncMethod"), "x").held(), firstWrite(method("syncThis"), "x").held());
    }

    @Test
    void lockReleasedInFinally_isHeldInTry_andNotAfter() {
        MethodFacts m = method("canonical");
        assertEquals(held(LOCK), firstWrite(m, "x").held());
        assertEquals(LockSet.EMPTY, firstWrite(m, "y").held());
        assertEquals(Event.AcquireKind.LOCK, onlyAcquire(m).how());
    }

    @Test
    void releaseEvent_isMarkedInFinally() {
        Event.Release release = method("canonical").events().stream().filter(e -> e instanceof Event.Release)
                .map(e -> (Event.Release) e).findFirst().orElseThrow();
        assertEquals(LOCK, release.lock());
        assertTrue(release.inFinally());
        assertEquals(held(LOCK), release.held());
    }

    @Test
    void lockReleasedInFinally_isHeldInCatch() {
        assertEquals(held(LOCK), firstWrite(method("withCatch"), "y").held());
    }

    @Test
    void timedTryLock_holdsLockInThenBranch() {
        assertEquals(held(LOCK), firstWrite(method("timedTryLock"), "x").held());
    }

    @Test
    void tryLockResultInLocal_holdsLockWhereTheLocalIsTrue() {
        assertEquals(held(LOCK), firstWrite(method("tryLockFlag"), "x").held());
    }

    @Test
    void ifTryLock_holdsLockInThenBranch_only() {
        MethodFacts m = method("tryLockIf");
        assertEquals(held(LOCK), firstWrite(m, "x").held());
        assertEquals(LockSet.EMPTY, firstWrite(m, "y").held());
    }

    @Test
    void ifTryLock_doesNotHoldLockInElseBranch() {
        MethodFacts m = method("tryLockElse");
        assertEquals(held(LOCK), firstWrite(m, "x").held());
        assertEquals(LockSet.EMPTY, firstWrite(m, "y").held());
    }

    @Test
    void notTryLockThenReturn_holdsLockAfterTheIf() {
        assertEquals(held(LOCK), firstWrite(method("tryLockReturn"), "x").held());
        assertEquals(held(LOCK), firstWrite(method("tryLockReturnNoBraces"), "x").held());
    }

    @Test
    void readLockViaField_isTheReadViewOfTheReadWriteLock() {
        assertEquals(held(READ), firstWrite(method("readViaField"), "x").held());
    }

    @Test
    void writeLockViaField_isTheWriteViewOfTheReadWriteLock() {
        assertEquals(held(WRITE), firstWrite(method("writeViaField"), "x").held());
    }

    @Test
    void readAndWriteLocks_calledDirectly_areDistinctLocks() {
        assertEquals(held(READ), firstWrite(method("readDirect"), "x").held());
        assertEquals(held(WRITE), firstWrite(method("writeDirect"), "x").held());
        assertNotEquals(READ, WRITE);
    }

    @Test
    void readAndWriteLocks_viaLocals_resolveToTheReadWriteLockViews() {
        assertEquals(held(READ), firstWrite(method("readViaLocal"), "x").held());
        assertEquals(held(WRITE), firstWrite(method("writeViaLocal"), "x").held());
    }

    @Test
    void writeLockExcludesReadLock_butReadLocksShare() {
        assertTrue(WRITE.excludes(READ));
        assertTrue(READ.excludes(WRITE));
        assertFalse(READ.excludes(READ));
        assertTrue(WRITE.excludes(WRITE));
    }

    @Test
    void nestedLocks_accumulate_andInnerReleaseKeepsOuter() {
        MethodFacts m = method("nested");
        LockRef guard = LockRef.monitor(thisField("guard"));
        assertEquals(held(guard, LOCK), firstWrite(m, "x").held());
        assertEquals(held(guard), firstWrite(m, "y").held());
        Event.Acquire inner = Snippet.acquires(m).get(1);
        assertEquals(held(guard), inner.held());
    }

    @Test
    void lockOfAnotherInstance_isNotThisInstancesLock() {
        Snippet s = Snippet.of("""
                import java.util.concurrent.locks.*;
                class B {
                    final Lock lock = new ReentrantLock();
                    int x;
                    void m(B other) { other.lock.lock(); try { other.x = 1; } finally { other.lock.unlock(); } }
                }
                """);
        Event.FieldAccess write = firstWrite(s.method("m"), "x");
        LockRef otherLock = LockRef.lock(LockRef.Kind.LOCK, AccessPath.root(AccessPath.Root.PARAM, "other").plus("lock"));
        assertEquals(held(otherLock), write.held());
    }
}
