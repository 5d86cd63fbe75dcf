// EXPECT: interrupt-or-executor-future-misuse @ line 31
package probe12c; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Fixed-rate simulation loop for one zone. The loop runs on a dedicated
 * executor thread; the admin console thread calls shutdownNow() to stop it.
 */
public class ZoneTickLoop implements Runnable {
    private static final long TICK_MILLIS = 50;

    private final String zoneName;
    private long tick;
    private double npcPhase;

    public ZoneTickLoop(String zoneName) {
        this.zoneName = zoneName;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            long start = System.nanoTime();
            simulate();
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long sleepFor = TICK_MILLIS - elapsedMillis;
            if (sleepFor > 0) {
                try {
                    Thread.sleep(sleepFor);
                } catch (InterruptedException e) { // BUG: InterruptedException swallowed; the interrupt status is cleared so the loop never observes shutdownNow()
                    System.err.println(zoneName + ": tick sleep interrupted at tick " + tick);
                }
            }
        }
    }

    private void simulate() {
        tick++;
        for (int npc = 0; npc < 2_000; npc++) {
            npcPhase += Math.sin(npc + tick * 0.01);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService zoneExecutor = Executors.newSingleThreadExecutor();
        zoneExecutor.submit(new ZoneTickLoop("ashen-vale"));

        Thread adminConsole = new Thread(() -> {
            try {
                Thread.sleep(1_000);
                zoneExecutor.shutdownNow();
                if (!zoneExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                    System.err.println("zone executor failed to stop");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "admin-console");
        adminConsole.start();
        adminConsole.join();
    }
}
