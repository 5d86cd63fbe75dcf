package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The same pool, but its API also lets callers take the next task through the worker's wait: a caller's
 * interrupt is dropped there, and the caller's thread goes on waiting as if never asked to stop.
 */
public class BadWorkerFetchAlsoCalledByClients extends ThreadPoolExecutor {
    private static final Runnable EXIT = () -> { };
    private final BlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>();

    public BadWorkerFetchAlsoCalledByClients() {
        super(1, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    }

    public void addWorker() {
        Thread thread = getThreadFactory().newThread(new Worker());
        thread.start();
    }

    public Runnable next() {
        return new Worker().fetch();
    }

    public void stopWorker() {
        waiting.offer(EXIT);
    }

    private final class Worker implements Runnable {
        @Override
        public void run() {
            for (;;) {
                Runnable task = fetch();
                if (task == EXIT) {
                    return;
                }
                if (task != null) {
                    task.run();
                }
            }
        }

        private Runnable fetch() {
            for (;;) {
                try {
                    return waiting.poll(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) { // expect: InterruptSwallowed['`Worker.fetch` goes on running on its caller']
                    // a stray interrupt, left by a task: the exit signal stops this worker
                }
            }
        }
    }
}
