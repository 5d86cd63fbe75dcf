package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The submitted task catches everything it can throw and records it: the dropped future holds nothing new. */
public class GoodTaskHandlesItsFailures {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private volatile Throwable lastFailure;

    public void refreshLater(Runnable work) {
        pool.submit(() -> {
            try {
                work.run();
            } catch (Throwable t) {
                lastFailure = t;
            }
        });
    }

    public Throwable lastFailure() {
        return lastFailure;
    }
}
