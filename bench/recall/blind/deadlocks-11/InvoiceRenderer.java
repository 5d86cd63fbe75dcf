// EXPECT: none
package probe11c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Renders customer invoices. Requests come from the billing scheduler and from
 * the support console; invoices are composed on the invoice pool and their
 * line-item blocks are rendered on a separate block pool.
 */
public class InvoiceRenderer {

    private static final List<String> BLOCKS = List.of("header", "line-items", "taxes", "totals");

    private final ExecutorService invoicePool = Executors.newFixedThreadPool(2);
    private final ExecutorService blockPool = Executors.newFixedThreadPool(4);

    public Future<String> requestInvoice(String customer) {
        return invoicePool.submit(() -> compose(customer));
    }

    private String compose(String customer) throws Exception {
        List<Future<String>> parts = new ArrayList<>();
        for (String block : BLOCKS) {
            parts.add(blockPool.submit(() -> renderBlock(customer, block)));
        }
        StringBuilder invoice = new StringBuilder("INVOICE ").append(customer).append('\n');
        for (Future<String> part : parts) {
            invoice.append(part.get()); // OK: blocks run on the separate blockPool, whose tasks never wait on anything, so they always complete
        }
        return invoice.toString();
    }

    private String renderBlock(String customer, String block) {
        StringBuilder sb = new StringBuilder("[").append(block).append("]\n");
        for (int i = 0; i < 5; i++) {
            sb.append(customer).append(' ').append(block).append(' ').append(i)
              .append(": ").append(Math.abs(customer.hashCode() + block.hashCode()) % (100 + i)).append('\n');
        }
        return sb.toString();
    }

    public void shutdown() {
        invoicePool.shutdown();
        blockPool.shutdown();
    }

    public static void main(String[] args) throws Exception {
        InvoiceRenderer renderer = new InvoiceRenderer();
        List<Future<String>> results = new ArrayList<>();

        ScheduledExecutorService billing = Executors.newSingleThreadScheduledExecutor();
        Future<Future<String>> scheduled =
                billing.schedule(() -> renderer.requestInvoice("acme"), 0, TimeUnit.MILLISECONDS);

        ExecutorService supportConsole = Executors.newFixedThreadPool(2);
        Future<Future<String>> adhoc = supportConsole.submit(() -> renderer.requestInvoice("globex"));

        results.add(scheduled.get());
        results.add(adhoc.get());
        for (Future<String> r : results) {
            System.out.println(r.get());
        }
        billing.shutdown();
        supportConsole.shutdown();
        renderer.shutdown();
    }
}
