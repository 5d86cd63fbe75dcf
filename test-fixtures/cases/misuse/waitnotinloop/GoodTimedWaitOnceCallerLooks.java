package misuse.waitnotinloop;

/**
 * The look-alike: {@code awaitActivity} pauses at most {@code timeout} under a test of the state and
 * returns what it sees; a wakeup too early only returns early, and its caller loops and looks again.
 */
public class GoodTimedWaitOnceCallerLooks {
    private boolean active;

    public synchronized boolean awaitActivity(long timeout) throws InterruptedException {
        if (!active) {
            wait(timeout);
        }
        boolean seen = active;
        active = false;
        return seen;
    }

    public synchronized void signal() {
        active = true;
        notifyAll();
    }

    public int count(int rounds) throws InterruptedException {
        int seen = 0;
        for (int i = 0; i < rounds; i++) {
            if (awaitActivity(100)) {
                seen++;
            }
        }
        return seen;
    }
}
