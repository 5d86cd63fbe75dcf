package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The look-alike of GoodChosenTaskFieldHandlesItsFailures where the task in one of the two fields parses
 * outside any try: when the condition chooses it and its input is bad, the exception ends in the dropped
 * future.
 */
public class BadChosenTaskFieldMayFail {

    private final ExecutorService adders = Executors.newSingleThreadExecutor();
    private final Filler fill = new Filler("fill");
    private final Parser refill = new Parser("refill");
    private volatile Throwable lastFailure;
    private volatile int parsed;

    public void fillPool(boolean afterAdd) {
        adders.submit(afterAdd ? refill : fill); // expect: IgnoredFuture['the Future returned by `submit` is dropped']
    }

    public Throwable lastFailure() {
        return lastFailure;
    }

    public int parsed() {
        return parsed;
    }

    private final class Filler implements Runnable {
        private final String name;

        Filler(String name) {
            this.name = name;
        }

        @Override
        public void run() {
            try {
                Integer.parseInt(name);
            } catch (Throwable t) {
                lastFailure = t;
            }
        }
    }

    private final class Parser implements Runnable {
        private final String input;

        Parser(String input) {
            this.input = input;
        }

        @Override
        public void run() {
            parsed = Integer.parseInt(input);
        }
    }
}
