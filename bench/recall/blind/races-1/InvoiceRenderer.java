// EXPECT: none
package probe.races;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Renders invoices to text on a pool and stamps each with a content fingerprint. */
// OK: SimpleDateFormat is per-thread via ThreadLocal; MessageDigest and StringBuilder are created inside each task and never shared
public class InvoiceRenderer {
    private static final ThreadLocal<SimpleDateFormat> ISSUE_DATE =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));

    private final ExecutorService renderPool = Executors.newFixedThreadPool(4);

    public Future<String> render(String invoiceId, long issuedAtMillis, long amountCents) {
        return renderPool.submit(() -> {
            StringBuilder doc = new StringBuilder();
            doc.append("INVOICE ").append(invoiceId).append('\n')
               .append("issued: ").append(ISSUE_DATE.get().format(new Date(issuedAtMillis))).append('\n')
               .append("amount: ").append(amountCents / 100).append('.')
               .append(String.format("%02d", amountCents % 100)).append('\n');
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] fingerprint = sha.digest(doc.toString().getBytes(StandardCharsets.UTF_8));
            doc.append("fingerprint: ").append(HexFormat.of().formatHex(fingerprint, 0, 8));
            return doc.toString();
        });
    }

    public void shutdown() {
        renderPool.shutdown();
    }

    public static void main(String[] args) throws Exception {
        InvoiceRenderer renderer = new InvoiceRenderer();
        List<Future<String>> invoices = new ArrayList<>();
        long base = 1_717_200_000_000L;
        for (int i = 0; i < 2_000; i++) {
            invoices.add(renderer.render("INV-" + i, base + i * 86_400_000L, 10_000L + i));
        }
        int ok = 0;
        for (Future<String> f : invoices) {
            if (f.get().contains("issued: 20")) {
                ok++;
            }
        }
        renderer.shutdown();
        System.out.println(ok + " invoices rendered");
    }
}
