// EXPECT: parallel-stream-side-effect @ line 35
package probe17c; import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sweeps a damped, driven oscillator over a grid of damping/stiffness values
 * and reports the configurations whose steady-state amplitude exceeds a
 * safety threshold. Each scenario is simulated independently on the common
 * fork/join pool via a parallel stream.
 */
public class ParameterSweepRunner {

    public record Scenario(double damping, double stiffness) { }

    public record Outcome(Scenario scenario, double peakAmplitude) { }

    private static final double DT = 1e-3;
    private static final double DURATION = 20.0;
    private static final double TRANSIENT = 10.0;

    private final double threshold;
    private final double driveFrequency;

    public ParameterSweepRunner(double threshold, double driveFrequency) {
        this.threshold = threshold;
        this.driveFrequency = driveFrequency;
    }

    public List<Outcome> sweep(List<Scenario> scenarios) {
        List<Outcome> flagged = new ArrayList<>();
        scenarios.parallelStream()
                .map(this::simulate)
                .filter(o -> o.peakAmplitude() > threshold)
                .forEach(flagged::add); // BUG: parallel forEach adds into a plain ArrayList from several fork/join workers; lost elements or ArrayIndexOutOfBounds
        flagged.sort(Comparator.comparingDouble(Outcome::peakAmplitude).reversed());
        return flagged;
    }

    Outcome simulate(Scenario s) {
        double x = 0.0;
        double v = 0.0;
        double peak = 0.0;
        for (double t = 0.0; t < DURATION; t += DT) {
            double force = Math.cos(driveFrequency * t);
            double a = force - s.damping() * v - s.stiffness() * x;
            v += a * DT;
            x += v * DT;
            if (t > TRANSIENT) {
                peak = Math.max(peak, Math.abs(x));
            }
        }
        return new Outcome(s, peak);
    }

    static List<Scenario> grid(int steps) {
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            for (int j = 0; j < steps; j++) {
                double damping = 0.01 + 0.5 * i / steps;
                double stiffness = 0.5 + 3.0 * j / steps;
                scenarios.add(new Scenario(damping, stiffness));
            }
        }
        return scenarios;
    }

    public static void main(String[] args) {
        ParameterSweepRunner runner = new ParameterSweepRunner(2.0, 1.0);
        List<Outcome> risky = runner.sweep(grid(40));
        System.out.println(risky.size() + " resonant configurations");
        risky.stream().limit(5).forEach(o -> System.out.printf("  c=%.3f k=%.3f peak=%.2f%n",
                o.scenario().damping(), o.scenario().stiffness(), o.peakAmplitude()));
    }
}
