package deadlock.blockingunderlock;

/**
 * A singleton renewer whose reset() for tests joins the renewer thread under the class lock: only a
 * test's thread waits there, since nothing in the program calls reset() (hadoop's
 * DelegationTokenRenewer.reset). A note; the look-alike BadJoinInProductionRestart calls its restart().
 */
public class BadJoinInTestHookNote {
    private static Thread renewer = new Thread(() -> { });

    public static synchronized Thread renewer() {
        return renewer;
    }

    @VisibleForTesting
    static synchronized void reset() throws InterruptedException {
        renewer.interrupt();
        renewer.join(); // expect: BlockingUnderLock['is written for tests and nothing else in the program calls it']
        renewer = new Thread(() -> { });
    }

    /** Marks code that exists for tests. */
    @interface VisibleForTesting {
    }
}
