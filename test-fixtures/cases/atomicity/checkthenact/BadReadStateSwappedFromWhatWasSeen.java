package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same read side, but the swap expects whatever state the thread saw, and puts that back: a thread
 * that saw 2 swaps 2 for 2 and goes on beside the one suspending, and its put back of 2 can land after the
 * other's of 1, leaving the state suspended for good.
 */
public class BadReadStateSwappedFromWhatWasSeen {
    private final AtomicInteger state = new AtomicInteger();
    private volatile boolean readsSuspended;

    public void onReadable() {
        int seen;
        while ((seen = state.get()) != 0) {
            if (state.compareAndSet(seen, 2)) {
                try {
                    readsSuspended = true;
                } finally {
                    state.set(seen); // expect: CheckThenAct['check-then-act on atomic `state`: `get` and then `set` are each atomic']
                }
                return;
            }
        }
        readRequest();
    }

    private void readRequest() {
        if (state.compareAndSet(0, 1)) {
            readsSuspended = false;
        }
    }

    public void requestDone() {
        state.set(0);
    }

    public boolean readsSuspended() {
        return readsSuspended;
    }
}
