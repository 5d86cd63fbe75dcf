package races.unguardedwrite;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A renewal task class left visible only for tests: its loop flag has a setter that nothing in the program
 * calls, and that implements nothing of {@code Runnable}, so no client can reach it through the task
 * either. The flag is only read by the loop (hadoop UserGroupInformation.AutoRenewalForUserCredsRunnable
 * .setRunRenewalLoop).
 */
public class GoodUncalledSetterOfTestVisibleTask {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    public void start() {
        executor.execute(new Renewal());
    }

    @Retention(RetentionPolicy.CLASS)
    @interface VisibleForTesting {
    }

    @VisibleForTesting
    class Renewal implements Runnable {
        private boolean runLoop = true;

        @Override
        public void run() {
            while (runLoop) {
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        public void setRunLoop(boolean runLoop) {
            this.runLoop = runLoop;
        }
    }
}
