// EXPECT: none
package recall2;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Background worker that polls a queue until asked to stop. Stop requests may come from any
 * thread.
 */
public class PollingWorker implements Runnable {

    private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
    private final AtomicLong processed = new AtomicLong();
    private volatile boolean stopRequested;

    public void offer(String item) {
        inbox.add(item);
    }

    public void requestStop() {
        stopRequested = true;
    }

    @Override
    public void run() {
        while (!stopRequested) {
            try {
                String item = inbox.poll(50, TimeUnit.MILLISECONDS);
                if (item != null) {
                    handle(item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void handle(String item) {
        if (!item.isEmpty()) {
            processed.incrementAndGet();
        }
    }

    public long processed() {
        return processed.get();
    }

    public static void main(String[] args) throws InterruptedException {
        PollingWorker worker = new PollingWorker();
        Thread t = new Thread(worker, "polling-worker");
        t.start();
        for (int i = 0; i < 1000; i++) {
            worker.offer("item-" + i);
        }
        Thread.sleep(100);
        worker.requestStop();
        t.join();
        System.out.println("processed " + worker.processed());
    }
}
