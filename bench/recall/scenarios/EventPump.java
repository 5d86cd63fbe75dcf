// EXPECT: race-read @ line 36
package recall2;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Dispatches posted events on a fixed set of pump threads until shutdown() is called.
 */
public class EventPump {

    private final Queue<Runnable> events = new ConcurrentLinkedQueue<>();
    private final AtomicLong processed = new AtomicLong();
    private final Thread[] pumps;
    private boolean running = true;

    public EventPump(int threads) {
        pumps = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            pumps[i] = new Thread(this::pumpLoop, "event-pump-" + i);
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
            if (r == null) {
                Thread.onSpinWait();
                continue;
            }
            try {
                r.run();
                processed.incrementAndGet();
            } catch (RuntimeException e) {
                System.err.println("event failed: " + e);
            }
        }
    }

    public void shutdown() throws InterruptedException {
        running = false;
        for (Thread t : pumps) {
            t.join();
        }
    }

    public long processedCount() {
        return processed.get();
    }

    public static void main(String[] args) throws InterruptedException {
        EventPump pump = new EventPump(4);
        pump.start();
        for (int i = 0; i < 10_000; i++) {
            final int n = i;
            pump.post(() -> Integer.toString(n).hashCode());
        }
        Thread.sleep(100);
        pump.shutdown();
        System.out.println("processed " + pump.processedCount());
    }
}
