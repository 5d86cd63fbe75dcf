package java21.virtualthreadpinning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A batcher started on a virtual thread that takes from its queue while holding the batch's monitor. */
public class BadQueueTakeInSynchronizedBlock {
    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final List<String> batch = new ArrayList<>();

    public void start() {
        Thread.ofVirtual().name("batcher").start(this::drain);
    }

    public void offer(String item) {
        incoming.add(item);
    }

    public List<String> snapshot() {
        synchronized (batch) {
            return List.copyOf(batch);
        }
    }

    private void drain() {
        while (!Thread.currentThread().isInterrupted()) {
            synchronized (batch) {
                try {
                    batch.add(incoming.take()); // expect: VirtualThreadPinning['`incoming.take()` blocks inside `synchronized (batch)`'], BlockingUnderLock
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
