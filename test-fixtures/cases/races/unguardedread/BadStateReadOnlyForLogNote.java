package races.unguardedread;

import java.util.logging.Logger;

/**
 * A connection state changed under the monitor and read without it only to be put into a log line: a
 * stale read shows the state of a moment ago in the log, and decides nothing. Reported as a note.
 */
public class BadStateReadOnlyForLogNote {
    private static final Logger LOG = Logger.getLogger(BadStateReadOnlyForLogNote.class.getName());

    private String state = "idle";
    private int retries;

    public synchronized void moveTo(String next) {
        state = next;
    }

    public void connect() {
        new Thread(() -> moveTo("connected")).start();
    }

    public synchronized String state() {
        return state;
    }

    public void retry() {
        LOG.warning("retrying while " + state); // expect: UnguardedRead['the value read only goes into a log message (`BadStateReadOnlyForLogNote.LOG.warning`)']
        synchronized (this) {
            retries++;
        }
    }

    public synchronized int retries() {
        return retries;
    }
}
