package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A pool that makes its own workers' threads with the thread factory it inherits
 * ({@code getThreadFactory().newThread(worker)}): a worker's wait drops a stray interrupt and waits again,
 * and the worker ends on the exit signal its pool queues (mina's OrderedThreadPoolExecutor.Worker).
 */
public class GoodWorkerOfPoolsOwnThreadFactoryDropsStrayInterrupt extends ThreadPoolExecutor {
    private static final Runnable EXIT = () -> { };
    private final BlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>();

    public GoodWorkerOfPoolsOwnThreadFactoryDropsStrayInterrupt() {
        super(1, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    }

    public void addWorker() {
        Thread thread = getThreadFactory().newThread(new Worker());
        thread.start();
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
                } catch (InterruptedException e) {
                    // a stray interrupt, left by a task: the exit signal stops this worker
                }
            }
        }
    }
}
