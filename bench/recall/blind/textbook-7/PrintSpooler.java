// EXPECT: wait-not-in-loop @ line 21
package probe7c; import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A print spooler: office clients submit jobs, two printer threads take
 * jobs from a shared queue guarded by the spooler's monitor.
 */
public class PrintSpooler {

    private static final String STOP = "<stop>";
    private final Deque<String> jobs = new ArrayDeque<>();

    public synchronized void submit(String job) {
        jobs.addLast(job);
        notifyAll();
    }

    public synchronized String nextJob() throws InterruptedException {
        if (jobs.isEmpty()) {
            wait(); // BUG: wait() guarded by if, not while; when one submit() wakes both waiting printer threads, the first removes the job and the second resumes here and calls removeFirst() on an empty queue (NoSuchElementException); spurious wake-ups do the same
        }
        return jobs.removeFirst();
    }

    static final class Printer implements Runnable {
        private final PrintSpooler spooler;
        private final String name;
        private int printed;

        Printer(PrintSpooler spooler, String name) {
            this.spooler = spooler;
            this.name = name;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    String job = spooler.nextJob();
                    if (STOP.equals(job)) {
                        break;
                    }
                    printed++;
                }
                System.out.println(name + " printed " + printed + " jobs");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PrintSpooler spooler = new PrintSpooler();
        Thread p1 = new Thread(new Printer(spooler, "printer-1"));
        Thread p2 = new Thread(new Printer(spooler, "printer-2"));
        p1.start();
        p2.start();
        for (int i = 0; i < 50; i++) {
            spooler.submit("report-" + i + ".pdf");
            Thread.sleep(2);
        }
        spooler.submit(STOP);
        spooler.submit(STOP);
        p1.join();
        p2.join();
    }
}
