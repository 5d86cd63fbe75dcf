package deadlock.blockingunderlock;

/**
 * The look-alike of BadJoinInTestHookNote whose @VisibleForTesting restart() the program also calls (its
 * visibility was only relaxed for tests): every caller of renewer() waits for the join, and the renewal
 * thread itself calls renewer(), so the join may never end. A warning.
 */
public class BadJoinInProductionRestart {
    private static Renewer renewer = new Renewer();

    public static synchronized Renewer renewer() {
        return renewer;
    }

    public static void onConfigChange() throws InterruptedException {
        restart();
    }

    @VisibleForTesting
    static synchronized void restart() throws InterruptedException {
        renewer.interrupt();
        renewer.join(); // expect: BlockingUnderLock
        renewer = new Renewer();
    }

    /** The renewal thread: it asks which thread renews now, under the class lock. */
    static final class Renewer extends Thread {
        @Override
        public void run() {
            System.out.println("renewing on " + renewer());
        }
    }

    /** Marks code that exists for tests. */
    @interface VisibleForTesting {
    }
}
