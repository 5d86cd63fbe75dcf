// EXPECT: lost-interrupt @ line 35
package probe6a;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background workers that turn queued invoice ids into PDF documents.
 *
 * <p>The billing service starts {@code n} workers on a fixed pool at boot and, on shutdown,
 * calls {@link #stop()}, which relies on {@link ExecutorService#shutdownNow()} interrupting the
 * workers so that they leave their loops.
 */
public final class InvoiceRenderWorker implements Runnable {

    private static final Logger LOG = Logger.getLogger(InvoiceRenderWorker.class.getName());

    private final BlockingQueue<Long> pendingInvoices;

    InvoiceRenderWorker(BlockingQueue<Long> pendingInvoices) {
        this.pendingInvoices = pendingInvoices;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Long invoiceId = pendingInvoices.take();
                render(invoiceId);
            } catch (InterruptedException e) { // BUG: interrupt swallowed without restoring the flag; the loop never exits on shutdownNow
                LOG.log(Level.FINE, "interrupted while waiting for invoices", e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "failed to render invoice", e);
            }
        }
    }

    private void render(long invoiceId) {
        // Template rendering + upload to object storage would go here.
        LOG.fine(() -> "rendered invoice " + invoiceId);
    }

    // ---- lifecycle, as done by the billing service ----

    private static ExecutorService workers;

    static void start(BlockingQueue<Long> queue, int n) {
        workers = Executors.newFixedThreadPool(n);
        for (int i = 0; i < n; i++) {
            workers.execute(new InvoiceRenderWorker(queue));
        }
    }

    static boolean stop() throws InterruptedException {
        workers.shutdownNow();
        return workers.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
        start(queue, 4);
        for (long id = 1; id <= 100; id++) {
            queue.put(id);
        }
        Thread.sleep(200);
        System.out.println("workers terminated: " + stop());
    }
}
