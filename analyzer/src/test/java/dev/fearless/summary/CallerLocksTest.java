package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.facts.AccessPath;
import dev.fearless.facts.LockRef;
import dev.fearless.program.MethodInfo;
import org.junit.jupiter.api.Test;

/** The locks every caller holds ({@link CallerLocks}) and the methods that only run during construction ({@link Construction}). */
class CallerLocksTest {

    private static final LockRef THIS = LockRef.monitor(AccessPath.THIS_PATH);

    private final Analyzed a = Analyzed.of("""
            package p;
            public class Latch {
                private final Object lock = new Object();
                private int count;
                public Latch() { reset(); }
                public synchronized void await() { while (!isSignalled()) { } }
                public synchronized void awaitUntil() { if (isSignalled()) { return; } }
                protected boolean isSignalled() { return count == 0; }
                private void reset() { count = 1; }
                public synchronized void restart() { reset(); }
                public void bump() { synchronized (lock) { step(); } }
                public void bumpUnlocked() { step(); }
                void step() { count++; }
                public void viaPublic() { synchronized (lock) { exported(); } }
                public void exported() { count--; }
                private void deep() { isSignalled(); }
                public synchronized void callsDeep() { deep(); }
            }
            """, """
            package p;
            class Hidden {
                private final Object lock = new Object();
                private int n;
                public void outer() { synchronized (lock) { inner(); } }
                public void inner() { n++; }
            }
            """, """
            package p;
            public class Builder {
                private int size;
                public Builder() { init(4); }
                Builder(int n) { init(n); grow(); }
                void init(int n) { size = n; more(); }
                private void more() { size++; }
                private void grow() { size *= 2; }
                public void regrow() { grow(); }
            }
            """);

    @Test
    void protectedHook_calledOnlyFromSynchronizedTemplates_holdsTheirMonitor() {
        assertTrue(a.summaries().entryLocks(a.method("p.Latch", "isSignalled")).contains(THIS));
    }

    @Test
    void helper_calledUnderLockAndWithoutIt_holdsNothing() {
        assertTrue(a.summaries().entryLocks(a.method("p.Latch", "step")).isEmpty());
    }

    @Test
    void constructorCall_doesNotLowerTheLocksOfTheObjectBeingBuilt() {
        assertTrue(a.summaries().entryLocks(a.method("p.Latch", "reset")).contains(THIS));
    }

    @Test
    void locksFlowThroughChainsOfCallers() {
        assertTrue(a.summaries().entryLocks(a.method("p.Latch", "deep")).contains(THIS));
    }

    @Test
    void publicMethodOfExportedType_isCalledByClientsHoldingNothing() {
        assertTrue(a.summaries().entryLocks(a.method("p.Latch", "exported")).isEmpty());
    }

    @Test
    void publicMethodOfPackagePrivateType_holdsItsCallersLocks() {
        LockRef lock = LockRef.monitor(AccessPath.THIS_PATH.plus("lock"));
        assertEquals(java.util.List.of(lock), a.summaries().entryLocks(a.method("p.Hidden", "inner")).locks());
    }

    @Test
    void helperCalledOnlyByConstructors_runsOnlyDuringConstruction() {
        Construction c = a.summaries().construction();
        assertTrue(c.only(a.method("p.Builder", "init")));
        assertTrue(c.only(a.method("p.Builder", "more")), "called only by a construction-only helper");
        assertFalse(c.only(a.method("p.Builder", "grow")), "also called after construction, by regrow()");
        assertFalse(c.only(a.method("p.Latch", "reset")), "also called by restart()");
    }

    @Test
    void aCallbackHandedToAProgramMethodThatOnlyCallsIt_holdsItsCreatorsCallersLocks() {
        Analyzed q = Analyzed.of("""
                package q;
                import java.util.ArrayDeque;
                import java.util.Deque;
                import java.util.function.Consumer;
                public class Table {
                    private final Deque<Job> queued = new ArrayDeque<>();
                    static final class Job {
                        private int runs;
                        void start() { runs++; }
                    }
                    private void onFirst(Consumer<Job> action) {
                        Job first = queued.peek();
                        if (first != null) { action.accept(first); }
                    }
                    private void keep(Consumer<Job> action) { kept = action; }
                    private Consumer<Job> kept;
                    private void scheduleNext() { onFirst(Job::start); }
                    private void scheduleLater() { keep(Job::start); }
                    public synchronized void add(Job j) { queued.add(j); scheduleNext(); scheduleLater(); }
                    public synchronized void done() { queued.poll(); scheduleNext(); }
                }
                """);
        MethodInfo inline = q.closuresOf(q.method("q.Table", "scheduleNext")).get(0);
        MethodInfo stored = q.closuresOf(q.method("q.Table", "scheduleLater")).get(0);
        assertTrue(InlineCallbacks.runHere(q.program(), inline));
        assertFalse(InlineCallbacks.runHere(q.program(), stored));
        assertFalse(q.summaries().callerLockNodes(inline).isEmpty(), () -> "" + q.summaries().callerLockNodes(inline));
        assertTrue(q.summaries().callerLockNodes(stored).isEmpty());
    }
}
