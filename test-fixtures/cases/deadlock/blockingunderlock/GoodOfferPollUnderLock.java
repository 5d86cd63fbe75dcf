package deadlock.blockingunderlock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** Batcher that uses non-blocking offer() and poll() on its queue while holding the lock: neither call waits. */
public class GoodOfferPollUnderLock {
    private final BlockingQueue<String> outgoing = new ArrayBlockingQueue<>(1024);
    private final List<String> batch = new ArrayList<>();

    public synchronized void add(String item) {
        batch.add(item);
        if (batch.size() >= 10) {
            for (String pending : batch) {
                if (!outgoing.offer(pending)) {
                    break;
                }
            }
            batch.clear();
        }
    }

    public synchronized String nextOrNull() {
        return outgoing.poll();
    }
}
