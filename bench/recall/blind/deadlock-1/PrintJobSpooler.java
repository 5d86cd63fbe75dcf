// EXPECT: none
package probe.dl;

import java.util.ArrayDeque;
import java.util.Deque;

/** Unbounded spool of print jobs consumed by printer driver threads. */
// OK: consumers wait in a while loop on the only condition (queue non-empty), all calls hold the monitor, and notifyAll() wakes every waiter
public class PrintJobSpooler {

    private final Deque<String> jobs = new ArrayDeque<>();
    private boolean closed;

    public synchronized void enqueue(String job) {
        if (closed) {
            throw new IllegalStateException("spooler closed");
        }
        jobs.addLast(job);
        notifyAll();
    }

    /** Returns the next job, or null once the spooler is closed and drained. */
    public synchronized String next() throws InterruptedException {
        while (jobs.isEmpty() && !closed) {
            wait();
        }
        return jobs.pollFirst();
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public static void main(String[] args) throws InterruptedException {
        PrintJobSpooler spooler = new PrintJobSpooler();
        Thread[] printers = new Thread[3];
        for (int i = 0; i < printers.length; i++) {
            printers[i] = new Thread(() -> {
                try {
                    for (String job; (job = spooler.next()) != null; ) {
                        System.out.println(Thread.currentThread().getName() + " printing " + job);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "printer-" + i);
            printers[i].start();
        }
        for (int n = 0; n < 20; n++) {
            spooler.enqueue("invoice-" + n + ".pdf");
        }
        spooler.close();
        for (Thread printer : printers) {
            printer.join();
        }
    }
}
