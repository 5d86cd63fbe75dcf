package atomicity.checkthenact;

import com.acme.threads.NamedDaemonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Each exporter makes its own private worker and hands it, once, to a thread of a library's factory:
 * however many exporters run, each worker runs on its one thread, and only that thread takes the flush
 * request after seeing it, so the get-then-set cannot lose another thread's request (other threads only
 * put one in where there is none).
 */
public class GoodFlushRequestOnFactoryThread {
    private final Worker worker;

    public static GoodFlushRequestOnFactoryThread create() {
        return new GoodFlushRequestOnFactoryThread();
    }

    GoodFlushRequestOnFactoryThread() {
        this.worker = new Worker();
        Thread thread = new NamedDaemonFactory("exporter").newThread(worker);
        thread.start();
    }

    public void add(String span) {
        worker.queue.add(span);
    }

    public void forceFlush(Runnable done) {
        worker.flushRequested.compareAndSet(null, done);
    }

    private static final class Worker implements Runnable {
        private final ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
        private final AtomicReference<Runnable> flushRequested = new AtomicReference<>();
        private final List<String> batch = new ArrayList<>();

        @Override
        public void run() {
            while (!Thread.currentThread().isInterrupted()) {
                if (flushRequested.get() != null) {
                    flush();
                }
                String next = queue.poll();
                if (next != null) {
                    batch.add(next);
                }
            }
        }

        private void flush() {
            batch.clear();
            Runnable done = flushRequested.get();
            if (done != null) {
                done.run();
                flushRequested.set(null);
            }
        }
    }
}
