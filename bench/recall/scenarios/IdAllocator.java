// EXPECT: atomicity @ line 27
package recall2;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out blocks of unique row ids to inserting threads (sequence cache, Derby/HBase style).
 */
public class IdAllocator {

    private final AtomicLong highWater;
    private final AtomicLong blocksAllocated = new AtomicLong();

    public IdAllocator(long start) {
        this.highWater = new AtomicLong(start);
    }

    /**
     * Reserves {@code size} consecutive ids and returns the first one. Called concurrently by
     * every inserting session.
     */
    public long allocateBlock(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("size");
        }
        long first = highWater.get();
        highWater.set(first + size);
        blocksAllocated.incrementAndGet();
        return first;
    }

    /** Moves the high-water mark forward after recovery; never moves it backwards. */
    public void advanceTo(long value) {
        highWater.accumulateAndGet(value, Math::max);
    }

    public long peek() {
        return highWater.get();
    }

    public long blocks() {
        return blocksAllocated.get();
    }

    public static void main(String[] args) throws InterruptedException {
        IdAllocator ids = new IdAllocator(1);
        Thread[] sessions = new Thread[4];
        for (int t = 0; t < sessions.length; t++) {
            sessions[t] = new Thread(() -> {
                for (int i = 0; i < 100_000; i++) {
                    ids.allocateBlock(20);
                }
            });
            sessions[t].start();
        }
        for (Thread t : sessions) {
            t.join();
        }
        System.out.println("expected " + (1 + 4L * 100_000 * 20) + " got " + ids.peek());
    }
}
