package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.Event;
import dev.fearless.facts.LockRef;
import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

class MonitorsTest {

    private final Analyzed a = Analyzed.of("""
            import java.util.concurrent.locks.*;
            class Box {
                private final Lock lock = new ReentrantLock();
                private final Condition ready = lock.newCondition();
                synchronized void waitLocked() throws InterruptedException { wait(); }
                public void waitBare() throws InterruptedException { wait(); }
                void awaitLocked() throws InterruptedException {
                    lock.lock();
                    try { ready.await(); } finally { lock.unlock(); }
                }
            }
            """);

    private boolean held(MethodInfo m, String call, LockRef lock) {
        Event.Call c = m.facts().callAt(Analyzed.call(m, call));
        return Monitors.held(a.program(), a.summaries(), m, c.held(), lock);
    }

    @Test
    void waitOnThis_needsThisMonitor_heldOnlyInSynchronizedMethod() {
        MethodInfo locked = a.method("Box", "waitLocked");
        LockRef needed = Monitors.monitorOf(locked, locked.facts().callAt(Analyzed.call(locked, "wait")).receiver());
        assertNotNull(needed);
        assertTrue(needed.isThisMonitor());
        assertTrue(held(locked, "wait", needed));

        MethodInfo bare = a.method("Box", "waitBare");
        assertFalse(held(bare, "wait", Monitors.monitorOf(bare, bare.facts().callAt(Analyzed.call(bare, "wait")).receiver())));
    }

    @Test
    void conditionFromNewCondition_belongsToItsLock_heldInsideLockedRegion() {
        MethodInfo m = a.method("Box", "awaitLocked");
        LockRef lock = Monitors.lockOfCondition(a.program(), m, m.facts().callAt(Analyzed.call(m, "await")).receiver());
        assertNotNull(lock);
        assertEquals("lock", lock.path().lastField());
        assertTrue(held(m, "await", lock));
    }
}
