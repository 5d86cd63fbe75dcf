// EXPECT: data-race-collection @ line 31
package probe5.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Scans a batch of sensor readings using parallel streams: computes per-sensor
 * means and extracts readings whose magnitude exceeds an alerting threshold.
 */
public class ParallelOutlierFilter {

    /** A single telemetry sample. */
    public record Reading(String sensor, double value) {}

    /** Per-sensor mean, computed with a concurrent collector. */
    public Map<String, Double> meanBySensor(List<Reading> readings) {
        return readings.parallelStream()
                .collect(Collectors.groupingByConcurrent(
                        Reading::sensor, Collectors.averagingDouble(Reading::value)));
    }

    /** Readings whose absolute value exceeds {@code threshold}. */
    public List<Reading> outliers(List<Reading> readings, double threshold) {
        List<Reading> flagged = new ArrayList<>();
        readings.parallelStream()
                .filter(r -> Math.abs(r.value()) > threshold)
                .forEach(r -> flagged.add(r)); // BUG: ArrayList.add called from parallel stream worker threads without synchronization
        return flagged;
    }

    public static void main(String[] args) {
        List<Reading> readings = new ArrayList<>();
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (int i = 0; i < 100_000; i++) {
            readings.add(new Reading("s" + (i % 16), rnd.nextGaussian() * 10));
        }
        ParallelOutlierFilter filter = new ParallelOutlierFilter();
        System.out.println("means: " + filter.meanBySensor(readings).size());
        System.out.println("outliers: " + filter.outliers(readings, 25.0).size());
    }
}
