package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection's read side: idle (0), running a request (1), or being suspended (2). A read event during
 * a request suspends reads, but only the thread whose swap from 1 to 2 succeeds does so, and it alone
 * puts the state back to 1: no other thread's swap can succeed until it has.
 */
public class GoodReadStateReleasedBySwapWinner {
    private final AtomicInteger state = new AtomicInteger();
    private volatile boolean readsSuspended;

    public void onReadable() {
        while (state.get() != 0) {
            if (state.compareAndSet(1, 2)) {
                try {
                    readsSuspended = true;
                } finally {
                    state.set(1);
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
