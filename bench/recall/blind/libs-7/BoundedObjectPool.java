// EXPECT: none
package probe7b; import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Blocking pool of expensive objects (database connections, parser instances).
 * At most maxTotal objects exist at any time; borrowers wait when it is exhausted.
 * Objects are created and destroyed outside the pool monitor.
 */
public final class BoundedObjectPool<T> implements AutoCloseable {

    public interface Factory<T> {
        T create();

        boolean validate(T obj);

        void destroy(T obj);
    }

    private final Factory<T> factory;
    private final int maxTotal;
    private final ArrayDeque<T> idle = new ArrayDeque<>(); // guarded by this
    private int created;                                    // guarded by this
    private boolean closed;                                 // guarded by this

    public BoundedObjectPool(Factory<T> factory, int maxTotal) {
        this.factory = factory;
        this.maxTotal = maxTotal;
    }

    public T borrow(long timeoutMillis) throws InterruptedException, TimeoutException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("pool closed");
                }
                T obj = idle.pollFirst();
                if (obj != null) {
                    return obj;
                }
                if (created < maxTotal) { // OK: check-then-act on the capacity counter, but the check and the increment below both run inside the pool monitor, which every method touching created/idle/closed holds, so two borrowers cannot both take the last slot
                    created++;
                    break;
                }
                long remaining = deadline - System.currentTimeMillis();
                if (remaining <= 0) {
                    throw new TimeoutException("pool exhausted after " + timeoutMillis + " ms");
                }
                wait(remaining);
            }
        }
        try {
            return factory.create();
        } catch (RuntimeException e) {
            synchronized (this) {
                created--;
                notifyAll();
            }
            throw e;
        }
    }

    public void release(T obj) {
        boolean reusable = factory.validate(obj);
        synchronized (this) {
            if (reusable && !closed) {
                idle.addLast(obj);
                notifyAll();
                return;
            }
            created--;
            notifyAll();
        }
        factory.destroy(obj);
    }

    public synchronized int idleCount() {
        return idle.size();
    }

    public synchronized int createdCount() {
        return created;
    }

    @Override
    public void close() {
        List<T> toDestroy;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toDestroy = new ArrayList<>(idle);
            idle.clear();
            created -= toDestroy.size();
            notifyAll();
        }
        toDestroy.forEach(factory::destroy);
    }
}
