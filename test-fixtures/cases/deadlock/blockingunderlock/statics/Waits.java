package deadlock.blockingunderlock.statics;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Helpers other classes import statically: one waits for a future without end, one only reads it. */
public final class Waits {
    private Waits() {
    }

    public static <T> T getUninterruptibly(Future<T> future) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get(); // related: BlockingUnderLock['`future.get()` blocks here']
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static boolean finished(Future<?> future) {
        return future.isDone();
    }
}
