package races.unguardedwrite;

/**
 * The look-alike: {@code initialize} runs the first check on the calling thread and only then hands the
 * checker to a program starter whose every implementation starts the thread it is given; starting a
 * thread orders the first check's writes before everything the checker's own loop does, so the failure
 * count is the checker's alone.
 */
public class GoodCheckedOnceBeforeStarterRunsIt {

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

    public GoodCheckedOnceBeforeStarterRunsIt(Starter starter) {
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
            this.manage();
            starter.execute(Checker.this);
        }

        void shutdown() {
            shutdown = true;
            interrupt();
        }

        private boolean manage() {
            if (check()) {
                numFails = 0;
                return true;
            }
            if (numFails % 4 == 0) {
                System.err.println("check failed " + numFails + " times");
            }
            numFails++;
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
