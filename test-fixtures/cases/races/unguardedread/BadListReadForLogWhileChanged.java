package races.unguardedread;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The same log line with a list changed under the monitor: the logger prints it with its toString(),
 * which walks the list while another thread adds to it, and can throw ConcurrentModificationException.
 */
public class BadListReadForLogWhileChanged {
    private static final Logger LOG = Logger.getLogger(BadListReadForLogWhileChanged.class.getName());

    private List<String> pending = new ArrayList<>();
    private int retries;

    public synchronized void add(String item) {
        pending.add(item);
    }

    public void fill() {
        new Thread(() -> add("first")).start();
    }

    public synchronized void reset() {
        pending = new ArrayList<>();
    }

    public void retry() {
        LOG.warning("retrying " + pending); // expect: UnguardedRead['`pending` is read without `this`'], UnsafeIteration['`pending` is iterated by its toString()']
        synchronized (this) {
            retries++;
        }
    }

    public synchronized int retries() {
        return retries;
    }
}
