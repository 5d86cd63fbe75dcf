// EXPECT: nested-monitor-lockout @ line 27
package probe11c; import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hand-off queue between the ingestion threads, which submit parsed jobs, and
 * the worker threads, which execute them. Both sides are started in main().
 */
public class JobQueue {

    private final Deque<Runnable> jobs = new ArrayDeque<>();
    private final Object notEmpty = new Object();
    private long submitted;
    private long taken;

    public synchronized void submit(Runnable job) {
        submitted++;
        synchronized (notEmpty) {
            jobs.addLast(job);
            notEmpty.notifyAll();
        }
    }

    public synchronized Runnable next() throws InterruptedException {
        synchronized (notEmpty) {
            while (jobs.isEmpty()) {
                notEmpty.wait(); // BUG: wait() releases only notEmpty; the JobQueue monitor stays held, so submit() can never get in to add a job (nested monitor lockout)
            }
            taken++;
            return jobs.pollFirst();
        }
    }

    public synchronized long backlog() {
        return submitted - taken;
    }

    static final class Worker extends Thread {
        private final JobQueue queue;

        Worker(JobQueue queue, int n) {
            super("job-worker-" + n);
            this.queue = queue;
        }

        @Override
        public void run() {
            try {
                while (!isInterrupted()) {
                    queue.next().run();
                }
            } catch (InterruptedException e) {
                // shutting down
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        JobQueue queue = new JobQueue();
        for (int i = 0; i < 3; i++) {
            new Worker(queue, i).start();
        }
        Thread ingest = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                int id = i;
                queue.submit(() -> System.out.println("processed record " + id));
            }
        }, "ingest");
        Thread.sleep(100);
        ingest.start();
        ingest.join();
        System.out.println("backlog " + queue.backlog());
    }
}
