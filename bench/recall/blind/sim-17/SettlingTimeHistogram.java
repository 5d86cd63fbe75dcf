// EXPECT: none
package probe17c; import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Simulates the step response of a damped spring for a grid of damping and
 * stiffness values and builds a histogram of settling times. Scenarios are
 * simulated independently on the common fork/join pool via a parallel stream.
 */
public class SettlingTimeHistogram {

    public record Scenario(double damping, double stiffness) { }

    private static final double DT = 1e-3;
    private static final double MAX_TIME = 60.0;

    private final double band;
    private final double binWidth;

    public SettlingTimeHistogram(double band, double binWidth) {
        this.band = band;
        this.binWidth = binWidth;
    }

    public Map<Integer, Long> build(List<Scenario> scenarios) {
        ConcurrentMap<Integer, Long> bins = new ConcurrentHashMap<>();
        scenarios.parallelStream()
                .mapToDouble(this::settlingTime)
                .forEach(t -> bins.merge(bucketOf(t), 1L, Long::sum)); // OK: ConcurrentHashMap.merge is an atomic per-key read-modify-write, and forEach completes before build() reads the map
        return new TreeMap<>(bins);
    }

    private int bucketOf(double seconds) {
        return (int) Math.floor(seconds / binWidth);
    }

    double settlingTime(Scenario s) {
        double x = 0.0;
        double v = 0.0;
        double lastOutside = 0.0;
        for (double t = 0.0; t < MAX_TIME; t += DT) {
            double a = s.stiffness() * (1.0 - x) - s.damping() * v;
            v += a * DT;
            x += v * DT;
            if (Math.abs(1.0 - x) > band) {
                lastOutside = t;
            }
        }
        return lastOutside;
    }

    static List<Scenario> grid(int steps) {
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            for (int j = 1; j <= steps; j++) {
                scenarios.add(new Scenario(0.05 + 2.0 * i / steps, 0.5 + 4.0 * j / steps));
            }
        }
        return scenarios;
    }

    public static void main(String[] args) {
        SettlingTimeHistogram histogram = new SettlingTimeHistogram(0.02, 2.0);
        Map<Integer, Long> bins = histogram.build(grid(30));
        bins.forEach((bin, count) -> System.out.printf("[%5.1f s) %d%n", bin * histogram.binWidth, count));
    }
}
