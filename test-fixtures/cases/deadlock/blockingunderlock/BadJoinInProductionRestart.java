package deadlock.blockingunderlock;

/**
 * The look-alike of BadJoinInTestHookNote whose @VisibleForTesting restart() the program also calls (its
 * visibility was only relaxed for tests): every caller of renewer() waits for the join. A warning.
 */
public class BadJoinInProductionRestart {
    private static Thread renewer = new Thread(() -> { });

    public static synchronized Thread renewer() {
        return renewer;
    }

    public static void onConfigChange() throws InterruptedException {
        restart();
    }

    @VisibleForTesting
    static synchronized void restart() throws InterruptedException {
        renewer.interrupt();
        renewer.join(); // expect: BlockingUnderLock
        renewer = new Thread(() -> { });
    }

    /** Marks code that exists for tests. */
    @interface VisibleForTesting {
    }
}
