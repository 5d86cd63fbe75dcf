package races.unguardedread;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A stream that reads ahead on a background task. The lock orders the consumer and the task, which
 * fills only the read-ahead buffer; the active buffer is the consumer's: an InputStream is read by one
 * consumer at a time, so a read that finds it drained without the lock races with no one.
 */
public class GoodReadAheadStreamConsumerBuffer extends InputStream {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition filled = lock.newCondition();
    private final InputStream in;
    private final ExecutorService executor;
    private ByteBuffer active = ByteBuffer.allocate(0);
    private ByteBuffer ahead = ByteBuffer.allocate(8192);
    private boolean reading;
    private boolean closed;

    public GoodReadAheadStreamConsumerBuffer(InputStream in, ExecutorService executor) {
        this.in = in;
        this.executor = executor;
    }

    @Override
    public int read() throws IOException {
        if (!active.hasRemaining()) {
            lock.lock();
            try {
                swap();
            } finally {
                lock.unlock();
            }
            if (!active.hasRemaining()) {
                return -1;
            }
        }
        return active.get() & 0xFF;
    }

    @Override
    public int available() {
        lock.lock();
        try {
            return active.remaining() + (reading ? 0 : ahead.remaining());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            closed = true;
        } finally {
            lock.unlock();
        }
        in.close();
    }

    private void swap() throws IOException {
        while (reading) {
            filled.awaitUninterruptibly();
        }
        ByteBuffer drained = active;
        active = ahead;
        ahead = drained;
        if (!closed) {
            reading = true;
            ByteBuffer target = ahead;
            executor.execute(() -> fill(target));
        }
    }

    private void fill(ByteBuffer target) {
        byte[] chunk = new byte[target.capacity()];
        int n;
        try {
            n = Math.max(0, in.read(chunk));
        } catch (IOException e) {
            n = 0;
        }
        lock.lock();
        try {
            target.clear();
            target.put(chunk, 0, n).flip();
            reading = false;
            filled.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
