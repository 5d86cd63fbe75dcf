package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The look-alikes: {@code touch} reads the last time into a local but stores the clock, not a value
 * computed from what it read; {@code allocateBlock} moves the mark with one atomic step.
 */
public class GoodAtomicReadIntoLocalThenBlindSet {
    private final AtomicLong lastTouched = new AtomicLong();
    private final AtomicLong highWater = new AtomicLong(1);

    public long touch() {
        long previous = lastTouched.get();
        lastTouched.set(System.nanoTime());
        return previous;
    }

    public long allocateBlock(int size) {
        return highWater.getAndAdd(size);
    }
}
