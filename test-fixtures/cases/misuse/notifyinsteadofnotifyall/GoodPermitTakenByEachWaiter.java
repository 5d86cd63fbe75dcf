package misuse.notifyinsteadofnotifyall;

/**
 * The look-alike of a one-shot gate: each waiter takes the permit it waited for, so one release frees
 * exactly one waiter and notify() is enough; and a gate whose waiter passes the wake-up on.
 */
public class GoodPermitTakenByEachWaiter {
    private int permits;

    public synchronized void release() {
        permits++;
        notify();
    }

    public synchronized void acquire() throws InterruptedException {
        while (permits == 0) {
            wait();
        }
        permits--;
    }

    /** Each thread let through lets the next one through. */
    public static final class ChainedGate {
        private boolean open;

        public synchronized void openGate() {
            open = true;
            notify();
        }

        public synchronized void awaitOpen() throws InterruptedException {
            while (!open) {
                wait();
            }
            notify();
        }
    }
}
