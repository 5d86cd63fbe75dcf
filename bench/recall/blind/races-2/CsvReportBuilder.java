// EXPECT: none
package probe2.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Accumulates CSV rows for the nightly sales report.
 *
 * <p><b>This class is not thread-safe.</b> An instance must be confined to a
 * single thread; in {@link #main} only the coordinating thread touches it,
 * while worker threads merely compute row lists returned through futures.
 */
// OK: documented not thread-safe and only ever used by the single coordinating thread; pool tasks never see the builder
public class CsvReportBuilder {
    private final StringBuilder out = new StringBuilder();
    private int rowCount;
    private long grandTotalCents;

    public CsvReportBuilder header(String... columns) {
        out.append(String.join(",", columns)).append('\n');
        return this;
    }

    public CsvReportBuilder row(String region, String sku, long cents) {
        out.append(region).append(',').append(sku).append(',').append(cents).append('\n');
        rowCount++;
        grandTotalCents += cents;
        return this;
    }

    public String build() {
        return out + "TOTAL,," + grandTotalCents + "\n# rows=" + rowCount + '\n';
    }

    static List<String[]> computeRegion(String region) {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long cents = Math.abs((region.hashCode() + i * 7919L) % 100_000);
            rows.add(new String[] {region, "SKU-" + i, Long.toString(cents)});
        }
        return rows;
    }

    public static void main(String[] args) throws Exception {
        List<String> regions = List.of("north", "south", "east", "west");
        ExecutorService workers = Executors.newFixedThreadPool(regions.size());
        List<Future<List<String[]>>> parts = new ArrayList<>();
        for (String region : regions) {
            parts.add(workers.submit(() -> computeRegion(region)));
        }
        CsvReportBuilder report = new CsvReportBuilder().header("region", "sku", "cents");
        for (Future<List<String[]>> part : parts) {
            for (String[] r : part.get()) {
                report.row(r[0], r[1], Long.parseLong(r[2]));
            }
        }
        workers.shutdown();
        System.out.println(report.build().length() + " chars");
    }
}
