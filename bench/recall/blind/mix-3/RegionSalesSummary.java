// EXPECT: none
package probe3.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the daily regional sales rollup from the raw order export.
 * Exports are large, so the aggregation runs on a parallel stream.
 */
// OK: the parallel stream only uses collect(groupingBy/summingLong) and a reduce; each worker accumulates into its own container and results are merged by the framework
public class RegionSalesSummary {

    public record Sale(String region, String sku, long amountCents, int quantity) { }

    private final List<Sale> sales;

    public RegionSalesSummary(List<Sale> sales) {
        this.sales = List.copyOf(sales);
    }

    public Map<String, Long> revenueByRegion() {
        return sales.parallelStream()
                .filter(s -> s.quantity() > 0)
                .collect(Collectors.groupingBy(Sale::region, TreeMap::new,
                        Collectors.summingLong(Sale::amountCents)));
    }

    public Map<String, Map<String, Integer>> unitsByRegionAndSku() {
        return sales.parallelStream()
                .collect(Collectors.groupingByConcurrent(Sale::region,
                        Collectors.groupingBy(Sale::sku, Collectors.summingInt(Sale::quantity))));
    }

    public long totalUnits() {
        return sales.parallelStream()
                .map(Sale::quantity)
                .reduce(0, Integer::sum, Integer::sum);
    }

    static List<Sale> syntheticExport(int n) {
        String[] regions = {"NA", "EMEA", "APAC", "LATAM"};
        List<Sale> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Sale(regions[i % regions.length], "SKU-" + (i % 50), 1_000L + i % 377, 1 + i % 3));
        }
        return out;
    }

    public static void main(String[] args) {
        RegionSalesSummary summary = new RegionSalesSummary(syntheticExport(400_000));
        System.out.println(summary.revenueByRegion());
        System.out.println(summary.unitsByRegionAndSku().get("EMEA").size());
        System.out.println("units=" + summary.totalUnits());
    }
}
