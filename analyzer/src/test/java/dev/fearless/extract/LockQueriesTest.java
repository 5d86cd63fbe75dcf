package dev.fearless.extract;

import static dev.fearless.extract.Snippet.firstWrite;
import static dev.fearless.extract.Snippet.held;
import static dev.fearless.extract.Snippet.thisField;
import static dev.fearless.extract.Snippet.thisMonitor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.LockRef;
import dev.fearless.facts.LockSet;
import org.junit.jupiter.api.Test;

/**
 * Assertions that the current thread holds a lock ({@code assert Thread.holdsLock(this)},
 * {@code assert lock.isHeldByCurrentThread()}): the code after them runs with the lock held. The
 * knowledge table's lock-query traits say which calls these are.
 */
class LockQueriesTest {

    private static final Snippet SNIPPET = Snippet.of("""
            package p;
            import java.util.concurrent.locks.*;
            class A {
                private final ReentrantLock lock = new ReentrantLock();
                private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
                private Holder holder;
                private int x;
                void monitor() { assert Thread.holdsLock(this); x = 1; }
                void explicit() { assert lock.isHeldByCurrentThread(); x = 1; }
                void writeLock() { assert rw.isWriteLockedByCurrentThread(); x = 1; }
                void unknownReceiver() { assert holder.isWriteLockedByCurrentThread(); x = 1; }
                void notAQuery() { assert lock.isLocked(); x = 1; }
            }
            """);

    private static final Snippet SELF = Snippet.of("""
            package p;
            import java.util.concurrent.locks.ReentrantLock;
            class Self extends ReentrantLock {
                private int x;
                void asserted() { assert isHeldByCurrentThread(); x = 1; }
                void locked() { lock(); try { x = 1; } finally { unlock(); } }
            }
            """);

    @Test
    void threadHoldsLock_holdsTheMonitorOfItsArgument() {
        assertEquals(held(thisMonitor()), firstWrite(SNIPPET.method("monitor"), "x").held());
    }

    @Test
    void isHeldByCurrentThread_holdsTheReceiverLock() {
        assertEquals(held(LockRef.lock(LockRef.Kind.LOCK, thisField("lock"))),
                firstWrite(SNIPPET.method("explicit"), "x").held());
    }

    @Test
    void isWriteLockedByCurrentThread_holdsTheWriteLock_evenOnAReceiverOfUnknownType() {
        assertEquals(held(LockRef.lock(LockRef.Kind.WRITE, thisField("rw"))),
                firstWrite(SNIPPET.method("writeLock"), "x").held());
        assertEquals(held(LockRef.lock(LockRef.Kind.WRITE, thisField("holder"))),
                firstWrite(SNIPPET.method("unknownReceiver"), "x").held());
    }

    @Test
    void otherLockMethods_assertNothing() {
        assertEquals(LockSet.EMPTY, firstWrite(SNIPPET.method("notAQuery"), "x").held());
    }

    @Test
    void aLockClass_queriesAndTakesItself_withoutReceiver() {
        LockRef self = LockRef.lock(LockRef.Kind.LOCK, AccessPath.THIS_PATH);
        assertEquals(held(self), firstWrite(SELF.method("asserted"), "x").held());
        assertEquals(held(self), firstWrite(SELF.method("locked"), "x").held());
    }
}
