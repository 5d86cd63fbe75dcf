// EXPECT: parallel-stream-forEach-into-unsafe-collection @ line 24
package probe.races;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the finance team's daily revenue report from the order ledger. */
public class DailyRevenueReport {
    record Order(String region, String sku, long cents, boolean refunded) { }

    public Map<String, Long> revenueByRegion(List<Order> orders) {
        return orders.stream()
                .filter(o -> !o.refunded())
                .collect(Collectors.groupingBy(Order::region, Collectors.summingLong(Order::cents)));
    }

    /** Orders finance wants to review by hand: refunds and unusually large sales. */
    public List<String> flaggedOrders(List<Order> orders) {
        List<String> flagged = new ArrayList<>();
        orders.parallelStream()
                .filter(o -> o.refunded() || o.cents() > 500_000)
                .forEach(o -> flagged.add(o.region() + "/" + o.sku())); // BUG: parallel stream worker threads add to a plain ArrayList concurrently
        return flagged;
    }

    public String render(List<Order> orders) {
        StringBuilder sb = new StringBuilder("region,revenue_cents\n");
        revenueByRegion(orders).forEach((region, cents) -> sb.append(region).append(',').append(cents).append('\n'));
        sb.append("flagged=").append(flaggedOrders(orders).size()).append('\n');
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] regions = {"emea", "amer", "apac"};
        List<Order> ledger = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            ledger.add(new Order(regions[i % 3], "SKU-" + (i % 97), (i * 7919L) % 1_000_000, i % 13 == 0));
        }
        System.out.print(new DailyRevenueReport().render(ledger));
    }
}
