package misuse.interruptswallowed;

/**
 * A transport that wakes its reconnect task: the task runner's {@code wakeup()} declares
 * InterruptedException, but no runner of the program waits in it (each sets a flag and notifies), so
 * the clause the compiler asks for never runs, and no interrupt is lost (activemq's
 * FailoverTransport.reconnect).
 */
public class GoodCatchAroundWakeUpThatNeverWaits {

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

    static final class CountingRunner implements Runner {
        private int wakeups;

        @Override
        public synchronized void wakeup() {
            wakeups++;
        }

        synchronized int wakeups() {
            return wakeups;
        }
    }

    private final Runner reconnectTask;

    public GoodCatchAroundWakeUpThatNeverWaits(boolean counting) {
        reconnectTask = counting ? new CountingRunner() : new FlagRunner();
    }

    public void reconnect() {
        try {
            reconnectTask.wakeup();
        } catch (InterruptedException e) {
            System.err.println("reconnect interrupted");
        }
    }
}
