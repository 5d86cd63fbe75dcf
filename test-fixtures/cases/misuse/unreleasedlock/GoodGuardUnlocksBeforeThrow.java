package misuse.unreleasedlock;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The only code between {@code lock()} and the {@code try} reads a plain field, which cannot throw, and
 * its one exit unlocks before throwing: every path releases the lock (kafka BufferPool.allocate, misuse
 * review #6).
 */
public class GoodGuardUnlocksBeforeThrow {
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<ByteBuffer> free = new ArrayDeque<>();
    private final int poolableSize;
    private boolean closed;

    public GoodGuardUnlocksBeforeThrow(int poolableSize) {
        this.poolableSize = poolableSize;
    }

    public ByteBuffer allocate(int size) {
        lock.lock();
        if (closed) {
            lock.unlock();
            throw new IllegalStateException("producer closed while allocating memory");
        }
        try {
            if (size == poolableSize && !free.isEmpty()) {
                return free.pollFirst();
            }
            return ByteBuffer.allocate(size);
        } finally {
            lock.unlock();
        }
    }

    public void deallocate(ByteBuffer buffer) {
        lock.lock();
        try {
            if (buffer.capacity() == poolableSize) {
                buffer.clear();
                free.add(buffer);
            }
        } finally {
            lock.unlock();
        }
    }

    public void close() {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
    }
}
