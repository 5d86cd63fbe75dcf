package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The task handed to the pool is one of two the object keeps in final fields, chosen by a condition
 * ({@code afterAdd ? this.refill : this.fill}, HikariCP's pool entry creators); the class of both catches
 * everything its work can throw: whichever runs, the dropped future holds nothing new.
 */
public class GoodChosenTaskFieldHandlesItsFailures {

    private final ExecutorService adders = Executors.newSingleThreadExecutor();
    private final Filler fill = new Filler("fill");
    private final Filler refill = new Filler("refill");
    private volatile Throwable lastFailure;

    public void fillPool(boolean afterAdd) {
        adders.submit(afterAdd ? refill : fill);
    }

    public Throwable lastFailure() {
        return lastFailure;
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
}
