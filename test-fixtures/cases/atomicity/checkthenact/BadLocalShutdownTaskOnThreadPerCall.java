package atomicity.checkthenact;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The same task class, but each shutdown runs its object on a thread of its own: two calls make two
 * threads that can both see the selector set and both clear it.
 */
public class BadLocalShutdownTaskOnThreadPerCall {
    private final ExecutorService serial = Executors.newSingleThreadExecutor();
    private final AtomicReference<String> selector = new AtomicReference<>("initial");

    public void update(String next) {
        serial.execute(() -> selector.set(next));
    }

    public void shutdown() {
        final class Shutdown implements Runnable {
            @Override
            public void run() {
                if (selector.get() == null) {
                    return;
                }
                selector.set(null); // expect: CheckThenAct['check-then-act on atomic']
            }
        }
        new Thread(new Shutdown()).start();
    }
}
