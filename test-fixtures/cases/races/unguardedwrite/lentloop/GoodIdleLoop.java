package races.unguardedwrite.lentloop;

import java.util.concurrent.Executor;

/** The body of {@link GoodLentThreadLoop}: runs its tasks until idle for a second, on the loop's thread. */
public final class GoodIdleLoop extends GoodLentThreadLoop {
    public GoodIdleLoop(Executor executor) {
        super(executor);
    }

    @Override
    protected void run() {
        assert inEventLoop();
        while (System.nanoTime() - lastRun() < 1_000_000_000L) {
            if (runAll()) {
                updateLastRun();
            }
        }
    }
}
