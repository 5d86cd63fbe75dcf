package races.unguardedwrite;

/**
 * The same worker handed to a program helper that runs it on the calling thread: no other thread runs
 * its loop, so the helper is no thread entry point and the count has one thread at a time per caller.
 */
public class GoodCounterOfWorkerRunByHelperHere {
    private final Worker worker = new Worker();

    public void start() {
        NamingRunner.runNamed("worker", worker);
    }

    public long processed() {
        return worker.processed();
    }

    public void reset() {
        worker.reset();
    }

    static final class Worker implements Runnable {
        private long processed;

        @Override
        public void run() {
            for (int i = 0; i < 1000; i++) {
                processed++;
            }
        }

        long processed() {
            return processed;
        }

        synchronized void reset() {
            processed = 0;
        }
    }
}

/** A program helper that runs a runnable on the calling thread. */
final class NamingRunner {
    private NamingRunner() {
    }

    static void runNamed(String name, Runnable runnable) {
        System.out.println("running " + name);
        runnable.run();
    }
}
