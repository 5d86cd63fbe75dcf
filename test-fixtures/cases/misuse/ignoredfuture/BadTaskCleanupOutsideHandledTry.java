package misuse.ignoredfuture;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;

/**
 * The task's catch-all try only covers the hand-over to the queue: the parse before it runs unprotected,
 * and its runtime failure is stored in the dropped Future.
 */
public class BadTaskCleanupOutsideHandledTry {

    private final Queue<Integer> numbers = new ConcurrentLinkedQueue<>();

    public void addLater(ExecutorService pool, String number, CountDownLatch done) {
        pool.submit(() -> { // expect: IgnoredFuture['the Future returned by `submit` is dropped']
            int parsed = Integer.parseInt(number);
            try {
                numbers.add(parsed);
            } catch (Throwable t) {
                System.err.println("could not queue " + parsed + ": " + t);
            } finally {
                done.countDown();
            }
        });
    }
}
