// EXPECT: parallel-stream-shared-mutation @ line 27
package probe3.mix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls up raw click events into per-page hit counts for the analytics
 * dashboard. Large hourly exports are processed with a parallel stream.
 */
public class ClickstreamAggregator {

    public record ClickEvent(String sessionId, String page, long timestampMillis) { }

    private final Map<String, Integer> hitsByPage = new HashMap<>();
    private final String exportName;

    public ClickstreamAggregator(String exportName) {
        this.exportName = exportName;
    }

    public void ingest(List<ClickEvent> events) {
        events.parallelStream()
                .filter(e -> !e.page().startsWith("/health"))
                .forEach(e -> hitsByPage.merge(e.page(), 1, Integer::sum)); // BUG: parallel forEach mutates a plain HashMap from many ForkJoin workers
    }

    public Map<String, Integer> topPages(int limit) {
        Map<String, Integer> top = new HashMap<>();
        hitsByPage.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    static List<ClickEvent> syntheticExport(int size) {
        List<ClickEvent> events = new ArrayList<>(size);
        String[] pages = {"/", "/search", "/cart", "/checkout", "/health/live", "/product/42"};
        for (int i = 0; i < size; i++) {
            events.add(new ClickEvent("s-" + (i % 997), pages[i % pages.length], 1_700_000_000_000L + i));
        }
        return events;
    }

    public static void main(String[] args) {
        ClickstreamAggregator agg = new ClickstreamAggregator("2024-06-01T10");
        agg.ingest(syntheticExport(500_000));
        System.out.println(agg.exportName + " " + agg.topPages(3));
    }
}
