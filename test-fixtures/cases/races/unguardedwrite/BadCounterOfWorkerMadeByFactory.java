package races.unguardedwrite;

/**
 * A worker handed to a program helper that makes a thread of it ({@code NamedThreads.daemon(name,
 * runnable)} runs {@code new Thread(runnable, name)}): its loop runs on that thread, counting without a
 * lock, while a client thread resets the count under the worker's lock (kafka KafkaThread.daemon).
 */
public class BadCounterOfWorkerMadeByFactory {
    private final Worker worker = new Worker();

    public void start() {
        NamedThreads.daemon("worker", worker).start();
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
                processed++; // expect: UnguardedWrite['runs on the task handed to `NamedThreads.daemon(...)`']
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

/** A program helper that makes daemon threads. */
final class NamedThreads {
    private NamedThreads() {
    }

    static Thread daemon(String name, Runnable runnable) {
        Thread t = new Thread(runnable, name);
        t.setDaemon(true);
        return t;
    }
}
