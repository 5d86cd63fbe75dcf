// EXPECT: none
package probe2.dl;

import java.util.ArrayDeque;
import java.util.Deque;

// OK: submitters and printers share one monitor, but every wait() is in a while loop re-checking its own predicate and every state change calls notifyAll(), so no wakeup is lost or delivered to the wrong kind of waiter
public class PrintSpoolQueue {
    public record PrintJob(String owner, String document, int pages) {}

    private final Deque<PrintJob> jobs = new ArrayDeque<>();
    private final int capacity;
    private boolean closed;

    public PrintSpoolQueue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    public synchronized void submit(PrintJob job) throws InterruptedException {
        while (jobs.size() >= capacity && !closed) {
            wait();
        }
        if (closed) {
            throw new IllegalStateException("spool closed");
        }
        jobs.addLast(job);
        notifyAll();
    }

    /** Returns null once the spool is closed and drained. */
    public synchronized PrintJob nextJob() throws InterruptedException {
        while (jobs.isEmpty() && !closed) {
            wait();
        }
        PrintJob job = jobs.pollFirst();
        if (job != null) {
            notifyAll();
        }
        return job;
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public synchronized int depth() {
        return jobs.size();
    }

    public static void main(String[] args) throws InterruptedException {
        PrintSpoolQueue spool = new PrintSpoolQueue(2);
        Thread[] printers = new Thread[2];
        Thread[] users = new Thread[3];
        for (int i = 0; i < printers.length; i++) {
            printers[i] = new Thread(() -> {
                try {
                    while (spool.nextJob() != null) {
                        Thread.onSpinWait();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "printer-" + i);
            printers[i].start();
        }
        for (int i = 0; i < users.length; i++) {
            String owner = "user" + i;
            users[i] = new Thread(() -> {
                try {
                    for (int j = 0; j < 1_000; j++) {
                        spool.submit(new PrintJob(owner, "doc" + j, 1 + j % 7));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, owner);
            users[i].start();
        }
        for (Thread u : users) {
            u.join();
        }
        spool.close();
        for (Thread p : printers) {
            p.join();
        }
    }
}
