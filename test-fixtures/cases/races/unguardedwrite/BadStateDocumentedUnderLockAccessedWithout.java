package races.unguardedwrite;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same fields, documented to be accessed under a lock: that comment names a guard, which the program
 * does not hold, so the race stays a warning.
 */
public class BadStateDocumentedUnderLockAccessedWithout {
    private final ExecutorService executor = Executors.newCachedThreadPool();

    // The following fields must be accessed from the executor while holding the lock.
    private boolean resolving;
    private int attempts;

    public void refresh() {
        executor.execute(() -> {
            resolving = true; // expect: UnguardedWrite['`resolving` is written without a lock, by a task that runs on another thread']
            attempts++; // expect: UnguardedWrite['`attempts` is updated without a lock']
        });
    }

    public boolean resolving() {
        return resolving;
    }

    public int attempts() {
        return attempts;
    }
}
