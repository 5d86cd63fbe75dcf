package deadlock.blockingunderlock;

/**
 * A singleton renewer whose reset() for tests joins the renewer thread under the class lock: only a
 * test's thread waits there, since nothing in the program calls reset() (hadoop's
 * DelegationTokenRenewer.reset). A note; the look-alike BadJoinInProductionRestart calls its restart().
 */
public class BadJoinInTestHookNote {
    private static Renewer renewer = new Renewer();

    public static synchronized Renewer renewer() {
        return renewer;
    }

    @VisibleForTesting
    static synchronized void reset() throws InterruptedException {
        renewer.interrupt();
        renewer.join(); // expect: BlockingUnderLock['is written for tests and nothing else in the program calls it']
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
