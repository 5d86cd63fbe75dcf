// EXPECT: race-write @ line 78
package recall2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A bounded pool of reusable objects, modelled after commons-pool's GenericObjectPool.
 * <p>
 * One pool instance is shared by all request threads of the application:
 * {@link #borrowObject(long)}, {@link #returnObject(Object)} and
 * {@link #invalidateObject(Object)} are called concurrently.
 */
public class BoundedObjectPool<T> {

    /** Creates, validates and destroys pooled instances. */
    public interface PooledObjectFactory<T> {
        T makeObject() throws Exception;

        boolean validateObject(T obj);

        void destroyObject(T obj);
    }

    private final PooledObjectFactory<T> factory;
    private final Deque<T> idleObjects = new ArrayDeque<>();
    private final int maxTotal;
    private int numActive;
    private boolean closed;

    public BoundedObjectPool(PooledObjectFactory<T> factory, int maxTotal) {
        if (maxTotal <= 0) {
            throw new IllegalArgumentException("maxTotal must be positive");
        }
        this.factory = factory;
        this.maxTotal = maxTotal;
    }

    public T borrowObject(long maxWaitMillis) throws Exception {
        final long deadline = System.currentTimeMillis() + maxWaitMillis;
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("Pool not open");
                }
                T idle = idleObjects.pollFirst();
                if (idle != null) {
                    numActive++;
                    return idle;
                }
                if (numActive < maxTotal) {
                    numActive++;
                    break; // create outside the lock
                }
                long remaining = deadline - System.currentTimeMillis();
                if (remaining <= 0) {
                    throw new NoSuchElementException("Timeout waiting for idle object");
                }
                wait(remaining);
            }
        }
        try {
            return factory.makeObject();
        } catch (Exception e) {
            synchronized (this) {
                numActive--;
                notifyAll();
            }
            throw e;
        }
    }

    public void returnObject(T obj) {
        boolean valid = factory.validateObject(obj);
        numActive--;
        if (!valid) {
            factory.destroyObject(obj);
            synchronized (this) {
                notifyAll();
            }
            return;
        }
        boolean destroy;
        synchronized (this) {
            destroy = closed;
            if (!destroy) {
                idleObjects.addFirst(obj);
            }
            notifyAll();
        }
        if (destroy) {
            factory.destroyObject(obj);
        }
    }

    public void invalidateObject(T obj) {
        try {
            factory.destroyObject(obj);
        } finally {
            synchronized (this) {
                numActive--;
                notifyAll();
            }
        }
    }

    public synchronized int getNumActive() {
        return numActive;
    }

    public synchronized int getNumIdle() {
        return idleObjects.size();
    }

    public void close() {
        List<T> toDestroy;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toDestroy = new ArrayList<>(idleObjects);
            idleObjects.clear();
            notifyAll();
        }
        for (T obj : toDestroy) {
            factory.destroyObject(obj);
        }
    }
}
