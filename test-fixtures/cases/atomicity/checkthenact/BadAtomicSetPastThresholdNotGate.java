package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The look-alike: the index moves once the count is past a threshold, not when it equals a value: every
 * thread whose step lands past it gets through, and two of them read the same index and store the same
 * next one: a move is lost.
 */
public class BadAtomicSetPastThresholdNotGate {
    private final int numQueues = 4;
    private final AtomicInteger currentQueueIndex = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();

    private void moveToNextQueue() {
        int thisIdx = currentQueueIndex.get();
        int nextIdx = (thisIdx + 1) % numQueues;
        currentQueueIndex.set(nextIdx); // expect: CheckThenAct['check-then-act on atomic `currentQueueIndex`: `get` and then `set` are each atomic, but not together']
    }

    public int getAndAdvanceCurrentIndex() {
        int idx = currentQueueIndex.get();
        if (served.incrementAndGet() > 8) {
            moveToNextQueue();
        }
        return idx;
    }
}
