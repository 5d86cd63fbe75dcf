// EXPECT: visibility @ line 32
package probe5.batch;

import java.util.concurrent.TimeUnit;

/**
 * Streams pages of an open-ended audit-log export until an operator cancels
 * the job. The export runs on its own worker thread; {@link #cancel()} is
 * called from the controlling thread.
 */
public class ExportCancellationMonitor {

    private boolean cancelled;
    private final Thread worker;
    private long pagesExported;

    public ExportCancellationMonitor() {
        this.worker = new Thread(this::exportLoop, "audit-export");
    }

    private long exportPage(long page) {
        long bytes = 0;
        for (int row = 0; row < 256; row++) {
            bytes += (page * 256 + row) % 113;
        }
        return bytes;
    }

    private void exportLoop() {
        long page = 0;
        long bytes = 0;
        while (!cancelled) { // BUG: non-volatile flag written by another thread; the loop may never observe cancel()
            bytes += exportPage(page++);
        }
        pagesExported = page;
        System.out.println("exported " + page + " pages, " + bytes + " bytes");
    }

    public void start() {
        worker.start();
    }

    public void cancel() {
        cancelled = true;
    }

    /** Waits for the export to wind down and returns the number of pages written. */
    public long awaitCompletion() throws InterruptedException {
        worker.join();
        return pagesExported;
    }

    public static void main(String[] args) throws InterruptedException {
        ExportCancellationMonitor monitor = new ExportCancellationMonitor();
        monitor.start();
        TimeUnit.MILLISECONDS.sleep(200);
        monitor.cancel();
        System.out.println("pages: " + monitor.awaitCompletion());
    }
}
