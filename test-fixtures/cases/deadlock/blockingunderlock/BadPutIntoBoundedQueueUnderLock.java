package deadlock.blockingunderlock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike's queue holds 16 frames: when the writer falls behind, put() waits for room holding the
 * lock, and acknowledge() waits behind it.
 */
public class BadPutIntoBoundedQueueUnderLock {
    private final BlockingQueue<String> outbound = new LinkedBlockingQueue<>(16);
    private final Map<Long, String> pending = new HashMap<>();
    private long nextId;

    public long send(String request) throws InterruptedException {
        synchronized (this) {
            long id = ++nextId;
            pending.put(id, request);
            outbound.put(id + ":" + request); // expect: BlockingUnderLock['`outbound.put()` may block for a long time while holding `this`']
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
