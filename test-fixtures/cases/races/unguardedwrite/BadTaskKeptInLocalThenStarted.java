package races.unguardedwrite;

/**
 * The task is written into a local first and then handed to a thread that is started: it runs on that
 * thread, and its update of {@code total} races with the getter.
 */
public class BadTaskKeptInLocalThenStarted {
    private long total;

    public void start() {
        Runnable adder = () -> {
            for (int i = 0; i < 1000; i++) {
                total += i; // expect: UnguardedWrite['`total` is updated without a lock, by a task that runs on another thread']
            }
        };
        new Thread(adder).start();
    }

    public long total() {
        return total;
    }
}
