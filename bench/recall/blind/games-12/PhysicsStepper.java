// EXPECT: none
package probe12c; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Fixed-step rigid-body integrator for one arena. Runs on a dedicated
 * executor thread; the admin console thread calls shutdownNow() to stop it.
 */
public class PhysicsStepper implements Runnable {
    private static final long STEP_MILLIS = 16;

    private final String arenaName;
    private long step;
    private double energy;

    public PhysicsStepper(String arenaName) {
        this.arenaName = arenaName;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            long start = System.nanoTime();
            integrate();
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long sleepFor = STEP_MILLIS - elapsedMillis;
            if (sleepFor > 0) {
                try {
                    Thread.sleep(sleepFor);
                } catch (InterruptedException e) { // OK: interrupt status restored below, so the loop condition sees it and exits
                    Thread.currentThread().interrupt();
                    System.err.println(arenaName + ": stopping at step " + step);
                }
            }
        }
    }

    private void integrate() {
        step++;
        for (int body = 0; body < 2_000; body++) {
            energy += Math.cos(body + step * 0.02) * 0.001;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService arenaExecutor = Executors.newSingleThreadExecutor();
        arenaExecutor.submit(new PhysicsStepper("colosseum"));

        Thread adminConsole = new Thread(() -> {
            try {
                Thread.sleep(1_000);
                arenaExecutor.shutdownNow();
                if (!arenaExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                    System.err.println("arena executor failed to stop");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "admin-console");
        adminConsole.start();
        adminConsole.join();
    }
}
