// EXPECT: non-volatile-stop-flag @ line 17
package probe2.races;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drains raw events from an inbox and normalizes them. A single worker
 * thread runs the loop; the lifecycle manager calls {@link #requestStop()}
 * from the shutdown hook thread.
 */
public class IngestWorker implements Runnable {
    private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private boolean stopRequested; // BUG: stop flag is not volatile; worker loop may never observe requestStop()

    public void offer(String rawEvent) {
        inbox.offer(rawEvent);
    }

    @Override
    public void run() {
        long idleSpins = 0;
        while (!stopRequested) {
            String raw = inbox.poll();
            if (raw == null) {
                idleSpins++;
                continue;
            }
            handle(raw);
        }
        System.out.println("worker exiting after " + idleSpins + " idle spins");
    }

    private void handle(String raw) {
        int sep = raw.indexOf('|');
        if (sep < 0) {
            malformed.incrementAndGet();
            return;
        }
        String type = raw.substring(0, sep).trim().toUpperCase();
        String body = raw.substring(sep + 1).trim();
        if (type.isEmpty() || body.isEmpty()) {
            malformed.incrementAndGet();
            return;
        }
        processed.incrementAndGet();
    }

    public void requestStop() {
        stopRequested = true;
    }

    public long processedCount() {
        return processed.get();
    }

    public long malformedCount() {
        return malformed.get();
    }

    public static void main(String[] args) throws InterruptedException {
        IngestWorker worker = new IngestWorker();
        Thread loop = new Thread(worker, "ingest-worker");
        loop.setDaemon(true);
        loop.start();
        for (int i = 0; i < 10_000; i++) {
            worker.offer(i % 100 == 0 ? "garbage" : "click|" + i);
        }
        Thread stopper = new Thread(worker::requestStop, "shutdown-hook");
        Thread.sleep(100);
        stopper.start();
        stopper.join();
        loop.join(2_000);
        System.out.println("processed=" + worker.processedCount()
                + " malformed=" + worker.malformedCount() + " alive=" + loop.isAlive());
    }
}
