package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out blocks of ids: reads the high-water mark into a local, then stores the mark moved past the
 * block. Two sessions read the same mark and get the same block; one move is lost.
 */
public class BadAtomicReadIntoLocalThenSet {
    private final AtomicLong highWater = new AtomicLong(1);

    public long allocateBlock(int size) {
        long first = highWater.get();
        highWater.set(first + size); // expect: CheckThenAct['check-then-act on atomic `highWater`: `get` and then `set` are each atomic, but not together']
        return first;
    }
}
