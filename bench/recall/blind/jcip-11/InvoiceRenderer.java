// EXPECT: none
package probe11a; import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Renders invoice PDFs in the background. The layout step runs on a dedicated single
 * thread; slow look-ups (customer address, tax summary) are fetched in parallel on a
 * separate I/O pool whose tasks never submit work back to the layout thread.
 */
public class InvoiceRenderer {

    private final ExecutorService layoutThread = Executors.newSingleThreadExecutor();
    private final ExecutorService lookupPool = Executors.newFixedThreadPool(4);

    public Future<String> render(String invoiceId, long totalCents) {
        return layoutThread.submit(new LayoutInvoiceTask(invoiceId, totalCents));
    }

    private static String fetchAddress(String invoiceId) throws InterruptedException {
        Thread.sleep(20);
        return "Customer of " + invoiceId + ", Main Street 1";
    }

    private static String fetchTaxSummary(long totalCents) throws InterruptedException {
        Thread.sleep(20);
        return "VAT 21%: " + (totalCents * 21 / 121) + " cents";
    }

    private final class LayoutInvoiceTask implements Callable<String> {
        private final String invoiceId;
        private final long totalCents;

        LayoutInvoiceTask(String invoiceId, long totalCents) {
            this.invoiceId = invoiceId;
            this.totalCents = totalCents;
        }

        @Override
        public String call() throws Exception {
            Future<String> address = lookupPool.submit(() -> fetchAddress(invoiceId));
            Future<String> tax = lookupPool.submit(() -> fetchTaxSummary(totalCents));
            String lines = "Invoice " + invoiceId + " total " + totalCents + " cents";
            return address.get() + "\n" + lines + "\n" + tax.get(); // OK: the awaited tasks run on lookupPool, not on the layout thread, and never wait on the layout thread, so they can always make progress
        }
    }

    public void shutdown() {
        layoutThread.shutdown();
        lookupPool.shutdown();
    }

    public static void main(String[] args) throws InterruptedException {
        InvoiceRenderer renderer = new InvoiceRenderer();
        Future<String> a = renderer.render("INV-1001", 12_100);
        Future<String> b = renderer.render("INV-1002", 24_200);
        try {
            System.out.println(a.get(5, TimeUnit.SECONDS));
            System.out.println(b.get(5, TimeUnit.SECONDS));
        } catch (TimeoutException | ExecutionException e) {
            System.err.println("invoice rendering failed: " + e);
        } finally {
            renderer.shutdown();
        }
    }
}
