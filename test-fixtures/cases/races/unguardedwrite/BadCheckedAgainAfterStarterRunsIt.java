package races.unguardedwrite;

/**
 * {@code initialize} hands the checker to a program starter whose implementation starts the thread it is
 * given, and only then runs a check on the calling thread: that check and the checker's own loop update
 * the failure count at the same time.
 */
public class BadCheckedAgainAfterStarterRunsIt {

    /** Runs a thread: the program's way to start its workers. */
    public interface Starter {
        void execute(Thread thread);
    }

    /** Starts the thread it is given. */
    public static final class PlainStarter implements Starter {
        @Override
        public void execute(Thread thread) {
            thread.start();
        }
    }

    private final Starter starter;
    private Checker checker;

    public BadCheckedAgainAfterStarterRunsIt(Starter starter) {
        this.starter = starter;
    }

    public void schedulerStarted() {
        checker = new Checker();
        checker.initialize();
    }

    public void schedulerStopped() {
        checker.shutdown();
    }

    boolean check() {
        return System.nanoTime() % 7 != 0;
    }

    final class Checker extends Thread {
        private volatile boolean shutdown;
        private int numFails;

        void initialize() {
            starter.execute(Checker.this);
            this.manage();
        }

        void shutdown() {
            shutdown = true;
            interrupt();
        }

        private boolean manage() {
            if (check()) {
                numFails = 0; // expect: UnguardedWrite['`numFails` is written without a lock, by a task that runs on another thread (reached from `Checker.run`']
                return true;
            }
            if (numFails % 4 == 0) {
                System.err.println("check failed " + numFails + " times");
            }
            numFails++; // expect: UnguardedWrite['`numFails` is updated without a lock']
            return false;
        }

        @Override
        public void run() {
            while (!shutdown) {
                long sleep = numFails > 0 ? 1_000L : 100L;
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    return;
                }
                manage();
            }
        }
    }
}
