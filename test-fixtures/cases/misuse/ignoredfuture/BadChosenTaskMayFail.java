package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The look-alike of GoodChosenTaskHandlesItsFailures where one of the two tasks the condition chooses
 * parses its input outside any try: when that one runs and the input is bad, its exception ends in the
 * dropped future.
 */
public class BadChosenTaskMayFail {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private volatile Throwable lastFailure;
    private volatile int limit;

    public void refresh(Runnable work, String input, boolean urgent) {
        Runnable now = () -> {
            try {
                work.run();
            } catch (Throwable t) {
                lastFailure = t;
            }
        };
        Runnable parse = () -> limit = Integer.parseInt(input);
        pool.submit(urgent ? now : parse); // expect: IgnoredFuture['the Future returned by `submit` is dropped']
    }

    public Throwable lastFailure() {
        return lastFailure;
    }

    public int limit() {
        return limit;
    }
}
