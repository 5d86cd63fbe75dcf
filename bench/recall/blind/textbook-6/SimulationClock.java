// EXPECT: visibility-long @ line 24
package probe6c;

/**
 * A tiny orbital simulation. A dedicated stepper thread advances simulated time;
 * the main (monitor) thread periodically samples it to print progress.
 */
public class SimulationClock {
    private final long stepNanos;
    private long simulatedNanos;              // shared between stepper and monitor
    private volatile boolean running = true;

    private double angle;                     // confined to the stepper thread

    public SimulationClock(long stepNanos) {
        this.stepNanos = stepNanos;
    }

    private void runStepper() {
        long tick = 0;
        while (running) {
            tick++;
            angle = (angle + 0.001) % (2 * Math.PI);
            simulatedNanos = tick * stepNanos; // BUG: non-volatile long written by stepper thread and read by monitor thread (torn/stale read)
            if (tick % 10_000 == 0) {
                Thread.yield();
            }
        }
    }

    public long simulatedNanos() {
        return simulatedNanos;
    }

    public void stop() {
        running = false;
    }

    public static void main(String[] args) throws InterruptedException {
        SimulationClock clock = new SimulationClock(16_666_667L);
        Thread stepper = new Thread(clock::runStepper, "sim-stepper");
        stepper.start();

        for (int i = 0; i < 5; i++) {
            Thread.sleep(20);
            long t = clock.simulatedNanos();
            System.out.printf("simulated time: %.3f s%n", t / 1e9);
        }
        clock.stop();
        stepper.join();
    }
}
