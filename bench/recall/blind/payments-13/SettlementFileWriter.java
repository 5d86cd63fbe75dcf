// EXPECT: a-non-thread-safe-jdk-object-shared-between-threads @ line 20
package probe13a; import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;

/**
 * Renders settlement records into fixed-width lines for the clearing-house file. Large
 * batches are rendered in parallel chunks on a worker pool and then concatenated in order.
 */
public class SettlementFileWriter {

    public record SettlementRecord(String paymentId, String currency, long amountMinor, Date valueDate) {}

    private static final SimpleDateFormat VALUE_DATE = new SimpleDateFormat("yyyyMMdd"); // BUG: SimpleDateFormat is not thread-safe but is shared by all rendering threads

    private final ExecutorService renderers = Executors.newFixedThreadPool(4);

    static String formatLine(SettlementRecord r) {
        return String.format("%-20s%-3s%015d%s",
                r.paymentId(), r.currency(), r.amountMinor(), VALUE_DATE.format(r.valueDate()));
    }

    public List<String> render(List<SettlementRecord> records) throws InterruptedException, ExecutionException {
        int chunk = 500;
        List<Future<List<String>>> parts = new ArrayList<>();
        for (int i = 0; i < records.size(); i += chunk) {
            List<SettlementRecord> slice = records.subList(i, Math.min(records.size(), i + chunk));
            parts.add(renderers.submit(() -> {
                List<String> lines = new ArrayList<>(slice.size());
                for (SettlementRecord r : slice) {
                    lines.add(formatLine(r));
                }
                return lines;
            }));
        }
        List<String> out = new ArrayList<>(records.size());
        for (Future<List<String>> f : parts) {
            out.addAll(f.get());
        }
        return out;
    }

    public void shutdown() throws InterruptedException {
        renderers.shutdown();
        renderers.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        SettlementFileWriter writer = new SettlementFileWriter();
        List<SettlementRecord> records = new ArrayList<>();
        long day = 24L * 3600 * 1000;
        for (int i = 0; i < 10_000; i++) {
            records.add(new SettlementRecord("PAY" + i, "EUR", 1_000L + i, new Date(1_700_000_000_000L + (i % 30) * day)));
        }
        List<String> lines = writer.render(records);
        writer.shutdown();
        System.out.println(lines.size() + " lines, first: " + lines.get(0));
    }
}
