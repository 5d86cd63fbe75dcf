package races.unguardedwrite;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The same task class, but the owner's public {@code stop()} calls the setter: a client thread clears the
 * flag while the executor's thread polls it, and nothing orders the write before the loop's reads.
 */
public class BadCalledSetterOfTestVisibleTask {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    private final Renewal renewal = new Renewal();

    public void start() {
        executor.execute(renewal);
    }

    public void stop() {
        renewal.setRunLoop(false);
    }

    @Retention(RetentionPolicy.CLASS)
    @interface VisibleForTesting {
    }

    @VisibleForTesting
    class Renewal implements Runnable {
        private boolean runLoop = true; // expect: UnguardedWrite['`runLoop`, neither volatile nor guarded, is written in'], UnguardedWrite['make `runLoop` volatile']

        @Override
        public void run() {
            while (runLoop) { // expect: UnguardedWrite['this loop polls'], SpinOnField['this loop waits for `runLoop` to change, but `runLoop` is not volatile']
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        public void setRunLoop(boolean runLoop) {
            this.runLoop = runLoop; // related: UnguardedWrite['`runLoop` is written here, without a lock']
        }
    }
}
