// EXPECT: wait-not-in-loop @ line 35
package probe5.locks;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Small bounded job queue shared between request threads (producers) and a
 * pool of worker threads (consumers). Coordination uses the queue's monitor.
 */
public class BoundedJobQueue {

    private final Deque<Runnable> jobs = new ArrayDeque<>();
    private final int capacity;

    public BoundedJobQueue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** Enqueues a job, blocking while the queue is full. */
    public synchronized void put(Runnable job) throws InterruptedException {
        while (jobs.size() >= capacity) {
            wait();
        }
        jobs.addLast(job);
        notifyAll();
    }

    /** Removes the oldest job, blocking while the queue is empty. */
    public synchronized Runnable take() throws InterruptedException {
        if (jobs.isEmpty()) {
            wait(); // BUG: wait not in a loop; after a spurious wakeup or a competing consumer the queue may still be empty and removeFirst throws
        }
        Runnable job = jobs.removeFirst();
        notifyAll();
        return job;
    }

    public synchronized int size() {
        return jobs.size();
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedJobQueue queue = new BoundedJobQueue(4);
        Thread[] workers = new Thread[3];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(() -> {
                try {
                    while (true) {
                        Runnable job = queue.take();
                        job.run();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "worker-" + w);
            workers[w].start();
        }
        for (int i = 0; i < 1_000; i++) {
            int n = i;
            queue.put(() -> Math.sqrt(n));
        }
        for (Thread worker : workers) {
            worker.interrupt();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        System.out.println("left in queue: " + queue.size());
    }
}
