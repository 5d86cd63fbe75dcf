// EXPECT: race-write @ line 21
package recall;

import java.util.ArrayDeque;
import java.util.Deque;

public class ConnectionPool implements AutoCloseable {
    private final Deque<Conn> idle = new ArrayDeque<>();
    private boolean closed;

    public ConnectionPool(int size) {
        for (int i = 0; i < size; i++) {
            idle.push(new Conn(i));
        }
    }

    public Conn borrow() {
        if (closed) {
            throw new IllegalStateException("pool closed");
        }
        Conn c = idle.pollFirst();
        return c != null ? c : new Conn(-1);
    }

    public synchronized void release(Conn c) {
        if (closed) {
            c.close();
        } else {
            idle.push(c);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Conn c : idle) {
            c.close();
        }
        idle.clear();
    }

    public static final class Conn {
        final int id;
        volatile boolean open = true;

        Conn(int id) {
            this.id = id;
        }

        void close() {
            open = false;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionPool pool = new ConnectionPool(16);
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                Conn c = pool.borrow();
                pool.release(c);
            }
        });
        worker.start();
        pool.close();
        worker.join();
    }
}
