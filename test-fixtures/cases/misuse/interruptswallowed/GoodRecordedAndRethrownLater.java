package misuse.interruptswallowed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Collecting the results of several tasks, every failure, the interrupt included, is recorded and the
 * first one is thrown once all tasks are done: the caller sees the interruption (lucene
 * TaskExecutor.invokeAll).
 */
public class GoodRecordedAndRethrownLater {

    public static <T> List<T> collect(List<Future<T>> futures) throws Exception {
        Exception failure = null;
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                results.add(f.get());
            } catch (InterruptedException e) {
                failure = combine(failure, new IllegalStateException("interrupted", e));
            } catch (ExecutionException e) {
                failure = combine(failure, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    private static Exception combine(Exception first, Exception next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
