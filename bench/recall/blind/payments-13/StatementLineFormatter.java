// EXPECT: none
package probe13a; import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Produces customer statement lines (booking date, description, signed amount). Statements
 * for many accounts are generated concurrently on a worker pool during the monthly run.
 */
public class StatementLineFormatter {

    public record LedgerEntry(String accountId, Date bookingDate, String description, long amountMinor) {}

    private static final ThreadLocal<SimpleDateFormat> BOOKING_DATE =
            ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd")); // OK: each thread gets its own SimpleDateFormat instance

    private final ExecutorService statementWorkers = Executors.newFixedThreadPool(4);

    static String formatLine(LedgerEntry e) {
        String sign = e.amountMinor() < 0 ? "-" : " ";
        long abs = Math.abs(e.amountMinor());
        return BOOKING_DATE.get().format(e.bookingDate()) + "  "
                + String.format("%-32s", e.description()) + sign + (abs / 100) + "." + String.format("%02d", abs % 100);
    }

    public List<List<String>> renderStatements(List<List<LedgerEntry>> entriesPerAccount)
            throws InterruptedException, ExecutionException {
        List<Future<List<String>>> futures = new ArrayList<>();
        for (List<LedgerEntry> entries : entriesPerAccount) {
            futures.add(statementWorkers.submit(() -> {
                List<String> lines = new ArrayList<>();
                for (LedgerEntry e : entries) {
                    lines.add(formatLine(e));
                }
                return lines;
            }));
        }
        List<List<String>> statements = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            statements.add(f.get());
        }
        return statements;
    }

    public void shutdown() throws InterruptedException {
        statementWorkers.shutdown();
        statementWorkers.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        StatementLineFormatter formatter = new StatementLineFormatter();
        List<List<LedgerEntry>> perAccount = new ArrayList<>();
        long day = 24L * 3600 * 1000;
        for (int a = 0; a < 200; a++) {
            List<LedgerEntry> entries = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                entries.add(new LedgerEntry("ACC-" + a, new Date(1_700_000_000_000L + i * day),
                        i % 3 == 0 ? "CARD PURCHASE" : "SEPA CREDIT", i % 3 == 0 ? -1_250L * i : 9_900L));
            }
            perAccount.add(entries);
        }
        List<List<String>> statements = formatter.renderStatements(perAccount);
        formatter.shutdown();
        System.out.println(statements.size() + " statements; sample: " + statements.get(0).get(1));
    }
}
