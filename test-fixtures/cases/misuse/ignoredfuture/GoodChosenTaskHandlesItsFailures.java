package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The task handed to the pool is one of two, chosen by a condition ({@code urgent ? now : later}); each
 * catches everything it can throw and records it: whichever runs, the dropped future holds nothing new.
 */
public class GoodChosenTaskHandlesItsFailures {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private volatile Throwable lastFailure;

    public void refresh(Runnable work, boolean urgent) {
        Runnable now = () -> {
            try {
                work.run();
            } catch (Throwable t) {
                lastFailure = t;
            }
        };
        Runnable later = () -> {
            try {
                Thread.sleep(100);
                work.run();
            } catch (Throwable t) {
                lastFailure = t;
            }
        };
        pool.submit(urgent ? now : later);
    }

    public Throwable lastFailure() {
        return lastFailure;
    }
}
