package atomicity.nonatomicvolatileupdate;

/**
 * A volatile state updated atomically in production code (under the lock) and, in a hook written for
 * tests, read and written in two steps: the hook runs in a test's own thread, not beside the service.
 */
public class GoodUpdateInTestHook {
    private volatile String state = "";

    public synchronized void append(String part) {
        state = state + part;
    }

    public void appendForTesting(String part) {
        state = state + part;
    }

    public String state() {
        return state;
    }
}
