package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike of a buffer bound to a hand-written loop, but the "loop" has two threads taking tasks
 * from its queue: two flushes handed to it run at once and both change the buffer unlocked.
 */
public final class BadStateOfHandWrittenPoolOfTwo {

    static final class Workers implements Executor {
        private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
        private final Thread first;
        private final Thread second;

        Workers() {
            first = new Thread(this::runTasks);
            second = new Thread(this::runTasks);
        }

        void start() {
            first.start();
            second.start();
        }

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        private void runTasks() {
            try {
                while (true) {
                    tasks.take().run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final Workers workers;
    private final ArrayDeque<byte[]> unflushed = new ArrayDeque<>();
    private long written;

    public BadStateOfHandWrittenPoolOfTwo(Workers workers) {
        this.workers = workers;
    }

    public void write(byte[] message) {
        workers.execute(() -> unflushed.addLast(message)); // expect: UnguardedWrite['`unflushed.addLast()` changes `unflushed` without a lock, by a task that runs on another thread']
    }

    public void flush() {
        workers.execute(this::flush0);
    }

    private void flush0() {
        byte[] next;
        while ((next = unflushed.pollFirst()) != null) { // expect: UnguardedWrite['`unflushed.pollFirst()` changes `unflushed` without a lock']
            written += next.length;
        }
    }
}
