// EXPECT: none
package probe2.races;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// OK: every mutable object (HashMap, StringBuilder, DecimalFormat) is created inside the task and never escapes its thread
public class InvoiceRenderService {
    private final ExecutorService renderers = Executors.newFixedThreadPool(4);
    private final String currencyCode;

    public InvoiceRenderService(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    public Future<String> render(String invoiceId, List<String> lineItems) {
        List<String> items = List.copyOf(lineItems);
        return renderers.submit(() -> {
            Map<String, Long> totalsByCategory = new HashMap<>();
            DecimalFormat money = new DecimalFormat("#,##0.00");
            StringBuilder out = new StringBuilder();
            out.append("INVOICE ").append(invoiceId).append(" (").append(currencyCode).append(")\n");
            long grand = 0;
            for (String item : items) {
                String[] parts = item.split(":");
                long cents = Long.parseLong(parts[1]);
                totalsByCategory.merge(parts[0], cents, Long::sum);
                grand += cents;
            }
            for (Map.Entry<String, Long> e : totalsByCategory.entrySet()) {
                out.append(e.getKey()).append('\t').append(money.format(e.getValue() / 100.0)).append('\n');
            }
            out.append("TOTAL\t").append(money.format(grand / 100.0));
            return out.toString();
        });
    }

    public void shutdown() {
        renderers.shutdown();
    }

    public static void main(String[] args) throws Exception {
        InvoiceRenderService service = new InvoiceRenderService("EUR");
        List<Future<String>> rendered = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            List<String> items = List.of("hardware:" + (1_000 + i), "support:2500", "hardware:799");
            rendered.add(service.render("INV-" + i, items));
        }
        int chars = 0;
        for (Future<String> f : rendered) {
            chars += f.get().length();
        }
        service.shutdown();
        System.out.println("rendered chars=" + chars);
    }
}
