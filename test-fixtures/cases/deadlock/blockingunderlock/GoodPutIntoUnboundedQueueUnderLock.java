package deadlock.blockingunderlock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A request is numbered, remembered and queued for the writer thread under the object's lock; the queue
 * was made without a capacity, so put() never waits for room.
 */
public class GoodPutIntoUnboundedQueueUnderLock {
    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>();
    private final Map<Long, String> pending = new HashMap<>();
    private long nextId;

    public long send(String request) throws InterruptedException {
        synchronized (this) {
            long id = ++nextId;
            pending.put(id, request);
            outbound.put(id + ":" + request);
            return id;
        }
    }

    public synchronized String acknowledge(long id) {
        return pending.remove(id);
    }

    public String nextFrame() throws InterruptedException {
        return outbound.take();
    }
}
