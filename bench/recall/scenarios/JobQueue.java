// EXPECT: wait-not-in-loop @ line 25
package recall2;

import java.util.LinkedList;

/**
 * Simple FIFO job queue served by a pool of worker threads (pre-java.util.concurrent style).
 */
public class JobQueue {

    private final LinkedList<Runnable> jobs = new LinkedList<>();
    private boolean shutdown;

    public synchronized void submit(Runnable job) {
        if (shutdown) {
            throw new IllegalStateException("queue shut down");
        }
        jobs.addLast(job);
        notifyAll();
    }

    /** Blocks until a job is available; returns null once the queue is shut down. */
    public synchronized Runnable take() throws InterruptedException {
        if (jobs.isEmpty() && !shutdown) {
            wait();
        }
        if (shutdown && jobs.isEmpty()) {
            return null;
        }
        return jobs.removeFirst();
    }

    public synchronized void shutdown() {
        shutdown = true;
        notifyAll();
    }

    public static void main(String[] args) throws InterruptedException {
        JobQueue queue = new JobQueue();
        Thread[] workers = new Thread[4];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(() -> {
                try {
                    Runnable job;
                    while ((job = queue.take()) != null) {
                        job.run();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "worker-" + t);
            workers[t].start();
        }
        for (int i = 0; i < 10_000; i++) {
            queue.submit(() -> { });
        }
        queue.shutdown();
        for (Thread t : workers) {
            t.join();
        }
    }
}
