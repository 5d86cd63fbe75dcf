// EXPECT: none
package probe16a; import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Converts text-protocol rows from a streamed billing query into invoice lines.
 * Fetch batches are converted in parallel on a worker pool, so parse() runs on
 * several threads at once.
 */
public class ResultRowDateParser {

    private static final DateTimeFormatter DB_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    record InvoiceLine(long id, String sku, LocalDateTime billedAt) {}

    public InvoiceLine parse(String[] columns) {
        long id = Long.parseLong(columns[0]);
        String sku = columns[1];
        try {
            LocalDateTime billedAt = LocalDateTime.parse(columns[2], DB_TIMESTAMP); // OK: DateTimeFormatter is immutable and thread-safe
            return new InvoiceLine(id, sku, billedAt);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("bad timestamp in row " + id + ": " + columns[2], e);
        }
    }

    public List<InvoiceLine> parseBatch(List<String[]> batch) {
        List<InvoiceLine> out = new ArrayList<>(batch.size());
        for (String[] row : batch) {
            out.add(parse(row));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        ResultRowDateParser parser = new ResultRowDateParser();
        List<List<String[]>> fetchBatches = new ArrayList<>();
        for (int b = 0; b < 16; b++) {
            List<String[]> batch = new ArrayList<>();
            for (int r = 0; r < 500; r++) {
                int id = b * 500 + r;
                batch.add(new String[] {
                        Integer.toString(id), "SKU-" + (id % 91),
                        String.format("2024-%02d-%02d 08:%02d:%02d.%03d", 1 + id % 12, 1 + id % 28, id % 60, id % 60, id % 1000)});
            }
            fetchBatches.add(batch);
        }

        ExecutorService converters = Executors.newFixedThreadPool(4);
        List<Future<List<InvoiceLine>>> results = new ArrayList<>();
        for (List<String[]> batch : fetchBatches) {
            results.add(converters.submit(() -> parser.parseBatch(batch)));
        }
        int total = 0;
        for (Future<List<InvoiceLine>> f : results) {
            total += f.get().size();
        }
        converters.shutdown();
        System.out.println("parsed " + total + " invoice lines");
    }
}
