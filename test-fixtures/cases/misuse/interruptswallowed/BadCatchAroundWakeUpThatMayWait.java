package misuse.interruptswallowed;

/**
 * The look-alike: one runner's {@code wakeup()} sleeps before it wakes the task, so the interrupt of a
 * caller's thread can arrive there, and the clause drops it.
 */
public class BadCatchAroundWakeUpThatMayWait {

    interface Runner {
        void wakeup() throws InterruptedException;
    }

    static final class FlagRunner implements Runner {
        private boolean queued;

        @Override
        public synchronized void wakeup() {
            queued = true;
            notifyAll();
        }

        synchronized boolean queued() {
            return queued;
        }
    }

    static final class PacedRunner implements Runner {
        private int wakeups;

        @Override
        public void wakeup() throws InterruptedException {
            Thread.sleep(10);
            synchronized (this) {
                wakeups++;
            }
        }

        synchronized int wakeups() {
            return wakeups;
        }
    }

    private final Runner reconnectTask;

    public BadCatchAroundWakeUpThatMayWait(boolean paced) {
        reconnectTask = paced ? new PacedRunner() : new FlagRunner();
    }

    public void reconnect() {
        try {
            reconnectTask.wakeup();
        } catch (InterruptedException e) { // expect: InterruptSwallowed['InterruptedException is swallowed']
            System.err.println("reconnect interrupted");
        }
    }
}
