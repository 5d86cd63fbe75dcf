// EXPECT: wait-notify-misuse @ line 26
package probe15c; import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Bounded hand-off buffer between the scheduler thread (which releases jobs
 * whose delay has expired) and a group of worker threads that execute them.
 */
public class JobHandoffBuffer {
    private final Deque<Runnable> ready = new ArrayDeque<>();
    private final int capacity;

    public JobHandoffBuffer(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void release(Runnable job) throws InterruptedException {
        while (ready.size() >= capacity) {
            wait();
        }
        ready.addLast(job);
        notifyAll();
    }

    public synchronized Runnable take() throws InterruptedException {
        if (ready.isEmpty()) { // BUG: wait() guarded by 'if' instead of 'while'; another worker may take the job first (or a spurious wakeup) and pollFirst returns null
            wait();
        }
        Runnable job = ready.pollFirst();
        notifyAll();
        return job;
    }

    public synchronized int size() {
        return ready.size();
    }

    public static void main(String[] args) throws InterruptedException {
        JobHandoffBuffer buffer = new JobHandoffBuffer(4);
        Thread[] workers = new Thread[3];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(() -> {
                try {
                    while (true) {
                        Runnable job = buffer.take();
                        job.run();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "executor-" + i);
            workers[i].start();
        }

        Thread scheduler = new Thread(() -> {
            try {
                for (int i = 0; i < 100; i++) {
                    final int n = i;
                    Thread.sleep(5);
                    buffer.release(() -> System.out.println("fired delayed job " + n));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "delay-scheduler");
        scheduler.start();
        scheduler.join();

        Thread.sleep(200);
        for (Thread w : workers) {
            w.interrupt();
        }
    }
}
