// EXPECT: none
package probe8c; import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

// Aggregates weather-station readings with a parallel stream.
public class TemperatureStats {

    record Reading(String station, double celsius) {
    }

    record Summary(long count, double max) {
        Summary combine(Summary other) {
            return new Summary(count + other.count, Math.max(max, other.max));
        }
    }

    public Map<String, Summary> summarize(List<Reading> readings) {
        ConcurrentMap<String, Summary> byStation = new ConcurrentHashMap<>();
        readings.parallelStream()
                .filter(r -> !Double.isNaN(r.celsius()))
                .forEach(r -> byStation.merge(r.station(), new Summary(1, r.celsius()), Summary::combine)); // OK: ConcurrentHashMap.merge is atomic per key and Summary is immutable
        return new TreeMap<>(byStation);
    }

    private static List<Reading> generate(int n, long seed) {
        String[] stations = {"OSLO", "BERGEN", "TROMSO", "STAVANGER", "BODO"};
        Random rnd = new Random(seed);
        List<Reading> readings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double value = rnd.nextInt(100) == 0 ? Double.NaN : -20 + rnd.nextDouble() * 45;
            readings.add(new Reading(stations[rnd.nextInt(stations.length)], value));
        }
        return readings;
    }

    public static void main(String[] args) {
        List<Reading> readings = generate(1_000_000, 42L);
        Map<String, Summary> stats = new TemperatureStats().summarize(readings);
        long total = 0;
        for (Map.Entry<String, Summary> e : stats.entrySet()) {
            System.out.printf("%-10s n=%d max=%.1f%n", e.getKey(), e.getValue().count(), e.getValue().max());
            total += e.getValue().count();
        }
        System.out.println("valid readings: " + total);
    }
}
