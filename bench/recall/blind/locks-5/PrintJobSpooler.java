// EXPECT: none
package probe5.locks;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Bounded spool of print jobs shared by submitting clients and printer
 * threads. Producers wait for space, consumers wait for work, and shutdown
 * wakes everybody; all three conditions share the spooler monitor.
 */
// OK: every wait() sits in a while loop re-checking its predicate and every state change uses notifyAll()
public class PrintJobSpooler {

    /** A document queued for printing. */
    public record PrintJob(String owner, int pages) {
    }

    private final Deque<PrintJob> spool = new ArrayDeque<>();
    private final int capacity;
    private boolean shutdown;

    public PrintJobSpooler(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void submit(PrintJob job) throws InterruptedException {
        while (spool.size() >= capacity && !shutdown) {
            wait();
        }
        if (shutdown) {
            throw new IllegalStateException("spooler is shut down");
        }
        spool.addLast(job);
        notifyAll();
    }

    /** Returns the next job, or {@code null} once shut down and drained. */
    public synchronized PrintJob next() throws InterruptedException {
        while (spool.isEmpty() && !shutdown) {
            wait();
        }
        if (spool.isEmpty()) {
            return null;
        }
        PrintJob job = spool.removeFirst();
        notifyAll();
        return job;
    }

    public synchronized void shutdown() {
        shutdown = true;
        notifyAll();
    }

    public static void main(String[] args) throws InterruptedException {
        PrintJobSpooler spooler = new PrintJobSpooler(3);
        Thread[] printers = new Thread[2];
        for (int p = 0; p < printers.length; p++) {
            printers[p] = new Thread(() -> {
                try {
                    int pages = 0;
                    PrintJob job;
                    while ((job = spooler.next()) != null) {
                        pages += job.pages();
                    }
                    System.out.println(Thread.currentThread().getName() + " printed " + pages + " pages");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "printer-" + p);
            printers[p].start();
        }
        for (int i = 0; i < 100; i++) {
            spooler.submit(new PrintJob("user" + (i % 7), 1 + i % 4));
        }
        spooler.shutdown();
        for (Thread printer : printers) {
            printer.join();
        }
    }
}
