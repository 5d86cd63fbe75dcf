package races.unguardedwrite;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The look-alike: the same pumps, started the same way, poll a volatile flag; the write in
 * {@code shutdown} is seen by every pump.
 */
public class GoodVolatileStopFlagOfPumpsMadeInConstructor {
    private final Queue<Runnable> events = new ConcurrentLinkedQueue<>();
    private final Thread[] pumps;
    private volatile boolean running = true;

    public GoodVolatileStopFlagOfPumpsMadeInConstructor(int threads) {
        pumps = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            pumps[i] = new Thread(this::pumpLoop, "pump-" + i);
        }
    }

    public void start() {
        for (Thread t : pumps) {
            t.start();
        }
    }

    public void post(Runnable event) {
        events.add(event);
    }

    private void pumpLoop() {
        while (running) {
            Runnable r = events.poll();
            if (r != null) {
                r.run();
            }
        }
    }

    public void shutdown() throws InterruptedException {
        running = false;
        for (Thread t : pumps) {
            t.join();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        GoodVolatileStopFlagOfPumpsMadeInConstructor pump = new GoodVolatileStopFlagOfPumpsMadeInConstructor(2);
        pump.start();
        pump.post(() -> System.out.println("event"));
        pump.shutdown();
    }
}
