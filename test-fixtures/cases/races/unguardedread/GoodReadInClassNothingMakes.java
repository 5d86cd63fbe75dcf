package races.unguardedread;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A completion interface with two implementations: the one the program makes, and a package-private
 * one nothing makes (no {@code new}, no constructor reference, no class literal), whose unlocked read
 * beside its synchronized write would race if it had objects. It has none, so its methods never run,
 * whatever calls dispatch on the interface (vert.x's SimpleConnectionPool.LazyFuture).
 */
public class GoodReadInClassNothingMakes {

    public interface Completion {
        boolean tryComplete(Object value);

        boolean failed();
    }

    static final class Eager implements Completion {
        private final AtomicReference<Object> value = new AtomicReference<>();

        @Override
        public boolean tryComplete(Object v) {
            return value.compareAndSet(null, v);
        }

        @Override
        public boolean failed() {
            return value.get() == null;
        }
    }

    static class Lazy implements Completion {
        private Object result;

        @Override
        public synchronized boolean tryComplete(Object v) {
            if (result != null) {
                return false;
            }
            result = v;
            return true;
        }

        @Override
        public boolean failed() {
            return result == null;
        }
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public Completion completion() {
        return new Eager();
    }

    public void complete(Completion c, Object v) {
        pool.execute(() -> c.tryComplete(v));
    }

    public boolean check(Completion c) {
        return c.failed();
    }
}
