package races.unguardedread;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The same two completions, but the program makes the lazy one too: its unlocked read meets the
 * synchronized write that pool tasks make.
 */
public class BadReadInClassTheProgramMakes {

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
            return result == null; // expect: UnguardedRead['`result` is read without `this`']
        }
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    public Completion completion(boolean lazy) {
        return lazy ? new Lazy() : new Eager();
    }

    public void complete(Completion c, Object v) {
        pool.execute(() -> c.tryComplete(v));
    }

    public boolean check(Completion c) {
        return c.failed();
    }
}
