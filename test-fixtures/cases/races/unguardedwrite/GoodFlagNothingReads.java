package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A strategy's active flag is assigned under the monitor by pause/resume and without it by a start-up
 * task, but nothing in the program ever reads it: whichever write wins, no thread observes it, so the
 * race has no effect (cassandra AbstractCompactionStrategy.isActive, which no strategy reads).
 */
public class GoodFlagNothingReads {
    private final ExecutorService startup = Executors.newSingleThreadExecutor();
    protected boolean isActive;

    public synchronized void pause() {
        isActive = false;
    }

    public synchronized void resume() {
        isActive = true;
    }

    public void startup() {
        startup.execute(() -> isActive = true);
    }
}
