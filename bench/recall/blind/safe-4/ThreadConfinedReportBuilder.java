// EXPECT: none
package probe4.safe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// Builds per-region sales reports in parallel for the nightly finance export.
// OK: every StringBuilder/ArrayList is created inside the task that uses it (stack-confined); results cross threads only via invokeAll/Future.get
public class ThreadConfinedReportBuilder {

    public record Sale(String region, String sku, long cents) {}

    private final List<Sale> sales;

    public ThreadConfinedReportBuilder(List<Sale> sales) {
        this.sales = List.copyOf(sales);
    }

    private String buildRegionReport(String region) {
        StringBuilder sb = new StringBuilder(256);
        List<Sale> matching = new ArrayList<>();
        for (Sale s : sales) {
            if (s.region().equals(region)) {
                matching.add(s);
            }
        }
        matching.sort((a, b) -> Long.compare(b.cents(), a.cents()));
        long total = 0;
        sb.append("== ").append(region).append(" ==\n");
        for (Sale s : matching) {
            total += s.cents();
            sb.append(String.format("  %-8s %10.2f%n", s.sku(), s.cents() / 100.0));
        }
        sb.append(String.format("  %-8s %10.2f%n", "TOTAL", total / 100.0));
        return sb.toString();
    }

    public List<String> buildAll(List<String> regions, ExecutorService pool) throws Exception {
        List<Callable<String>> tasks = new ArrayList<>();
        for (String region : regions) {
            tasks.add(() -> buildRegionReport(region));
        }
        List<String> reports = new ArrayList<>(regions.size());
        for (Future<String> f : pool.invokeAll(tasks)) {
            reports.add(f.get());
        }
        return reports;
    }

    public static void main(String[] args) throws Exception {
        String[] regions = {"north", "south", "east", "west"};
        List<Sale> sales = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            sales.add(new Sale(regions[i % regions.length], "SKU-" + (i % 13), 100L + (i * 37L) % 9000));
        }
        ThreadConfinedReportBuilder builder = new ThreadConfinedReportBuilder(sales);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (String report : builder.buildAll(List.of(regions), pool)) {
                System.out.print(report.substring(0, Math.min(report.length(), 80)));
                System.out.println("...");
            }
        } finally {
            pool.shutdown();
        }
    }
}
