package atomicity.checkthenact;

import com.acme.threads.NamedDaemonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The same worker is handed to two threads of a library's factory: both can see the one flush request,
 * run it, and clear it, or one clears a request the other has not run yet.
 */
public class BadFlushRequestOnTwoFactoryThreads {
    private final Worker worker = new Worker();

    public BadFlushRequestOnTwoFactoryThreads() {
        NamedDaemonFactory factory = new NamedDaemonFactory("exporter");
        for (int i = 0; i < 2; i++) {
            factory.newThread(worker).start();
        }
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
                flushRequested.set(null); // expect: CheckThenAct['check-then-act on atomic `flushRequested`']
            }
        }
    }
}
