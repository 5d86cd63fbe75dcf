package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The look-alike of GoodFlagNothingReads whose flag a status query reads under the monitor: the start-up
 * task's write, made without it, can land after a pause and leave the strategy active.
 */
public class BadFlagReadByStatusQuery {
    private final ExecutorService startup = Executors.newSingleThreadExecutor();
    protected boolean isActive;

    public synchronized void pause() {
        isActive = false;
    }

    public synchronized void resume() {
        isActive = true;
    }

    public synchronized boolean isActive() {
        return isActive;
    }

    public void startup() {
        startup.execute(() -> isActive = true); // expect: UnguardedWrite['`isActive` is written without `this`']
    }
}
