// EXPECT: none
package probe3.mix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Renders shipping manifests. Each manifest is assembled inside a single
 * task; many manifests are rendered concurrently.
 */
// OK: the synchronizedList is a local variable confined to one task's thread and only an immutable copy escapes, so unlocked iteration cannot race
public class ManifestLineCollector {

    public record Parcel(String trackingId, double weightKg, String destination) { }

    public List<String> render(String manifestId, List<Parcel> parcels) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        lines.add("MANIFEST " + manifestId);
        for (Parcel p : parcels) {
            if (p.weightKg() <= 0) {
                continue;
            }
            lines.add(String.format("%-12s %6.2f kg  %s", p.trackingId(), p.weightKg(), p.destination()));
        }
        double total = 0;
        for (String line : lines) {
            int kg = line.indexOf(" kg");
            if (kg > 0) {
                total += Double.parseDouble(line.substring(13, kg).trim());
            }
        }
        lines.add(String.format("TOTAL %.2f kg", total));
        return List.copyOf(lines);
    }

    public static void main(String[] args) {
        ManifestLineCollector collector = new ManifestLineCollector();
        ExecutorService renderers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<List<String>>> manifests = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            List<Parcel> parcels = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                parcels.add(new Parcel("TRK" + m + "-" + i, 0.5 + i % 7, i % 2 == 0 ? "Lyon" : "Porto"));
            }
            final String id = "MF-" + m;
            manifests.add(CompletableFuture.supplyAsync(() -> collector.render(id, parcels), renderers));
        }
        List<Integer> sizes = manifests.stream()
                .map(CompletableFuture::join)
                .map(List::size)
                .collect(Collectors.toList());
        System.out.println(sizes);
        renderers.shutdown();
    }
}
