// EXPECT: notify-instead-of-notifyall-mixed-waiters @ line 63
package probe2.dl;

/**
 * Fixed-size ring between several decoder threads (producers) and several render
 * threads (consumers). Everybody waits on this object's monitor.
 */
public class VideoFrameRing {
    private final byte[][] slots;
    private int head;
    private int tail;
    private int count;
    private long dropped;

    public VideoFrameRing(int capacity) {
        this.slots = new byte[capacity][];
    }

    public synchronized void publish(byte[] frame) throws InterruptedException {
        while (count == slots.length) {
            wait();
        }
        slots[tail] = frame;
        tail = (tail + 1) % slots.length;
        count++;
        wakeOne();
    }

    public synchronized byte[] next() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        byte[] frame = slots[head];
        slots[head] = null;
        head = (head + 1) % slots.length;
        count--;
        wakeOne();
        return frame;
    }

    /** Drops the oldest frame if the ring is full instead of blocking the decoder. */
    public synchronized boolean publishOrDrop(byte[] frame) {
        if (count == slots.length) {
            dropped++;
            return false;
        }
        slots[tail] = frame;
        tail = (tail + 1) % slots.length;
        count++;
        wakeOne();
        return true;
    }

    public synchronized int buffered() {
        return count;
    }

    public synchronized long droppedFrames() {
        return dropped;
    }

    private void wakeOne() {
        notify(); // BUG: single notify() on a monitor where decoders wait for space and renderers wait for frames; it can wake a thread of the wrong kind, losing the wakeup and stalling both sides
    }

    public static void main(String[] args) throws InterruptedException {
        VideoFrameRing ring = new VideoFrameRing(2);
        Thread[] threads = new Thread[4];
        for (int i = 0; i < 2; i++) {
            threads[i] = new Thread(() -> {
                try {
                    for (int f = 0; f < 5_000; f++) {
                        ring.publish(new byte[16]);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "decoder-" + i);
            threads[i + 2] = new Thread(() -> {
                try {
                    for (int f = 0; f < 5_000; f++) {
                        ring.next();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "renderer-" + i);
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
