package races.unguardedwrite;

/**
 * A poller's retry limit is a setting: a plain setter stores the value it is given, the program never
 * calls it, and the poller's thread reads it under the poller's monitor. Users configure a poller and
 * then start it; only one that reconfigures a running poller makes the race. A note (activemq's
 * FailoverTransport.setMaxReconnectAttempts).
 */
public class BadRetryLimitSettingNote {
    private int retryLimit = 3;
    private int failures;
    private Thread poller;

    public void setRetryLimit(int retryLimit) {
        this.retryLimit = retryLimit; // expect: UnguardedWrite['`retryLimit` is a setting: once an object is built only setters write it']
    }

    public synchronized void start() {
        poller = new Thread(this::poll);
        poller.start();
    }

    private void poll() {
        while (!Thread.currentThread().isInterrupted()) {
            synchronized (this) {
                if (failures++ > retryLimit) {
                    return;
                }
            }
        }
    }

    public synchronized int failures() {
        return failures;
    }
}
