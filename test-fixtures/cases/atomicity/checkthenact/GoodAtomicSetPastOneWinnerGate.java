package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A weighted round robin: every caller steps the requests left down by one, and the one whose step
 * returns zero moves to the next queue (reads the index, stores the next one) and refills the count.
 * A step by one returns zero to exactly one thread, so the read and the set of the index never run on
 * two threads at once (hadoop's WeightedRoundRobinMultiplexer).
 */
public class GoodAtomicSetPastOneWinnerGate {
    private final int numQueues = 4;
    private final AtomicInteger currentQueueIndex = new AtomicInteger();
    private final AtomicInteger requestsLeft = new AtomicInteger(8);

    private void moveToNextQueue() {
        int thisIdx = currentQueueIndex.get();
        int nextIdx = (thisIdx + 1) % numQueues;
        currentQueueIndex.set(nextIdx);
        requestsLeft.set(8);
    }

    private void advanceIndex() {
        int left = requestsLeft.decrementAndGet();
        if (left == 0) {
            moveToNextQueue();
        }
    }

    public int getAndAdvanceCurrentIndex() {
        int idx = currentQueueIndex.get();
        advanceIndex();
        return idx;
    }
}
