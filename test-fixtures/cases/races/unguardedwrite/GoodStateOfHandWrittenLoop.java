package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An outbound buffer bound to a loop the program writes itself: the loop's {@code execute} only queues
 * the task, and the one thread the loop makes takes them; {@code inEventLoop()} compares the caller with
 * that thread. The buffer's state is touched only on the loop's thread, directly when the caller is
 * already on it, else by a task handed to it, so any thread may call {@code write} and {@code flush}.
 */
public final class GoodStateOfHandWrittenLoop {

    static final class Loop implements Executor {
        private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
        private final Thread thread;

        Loop(String name) {
            thread = new Thread(this::runTasks, name);
        }

        void start() {
            thread.start();
        }

        boolean inEventLoop() {
            return Thread.currentThread() == thread;
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

    private final Loop loop;
    private final ArrayDeque<byte[]> unflushed = new ArrayDeque<>();
    private long pendingBytes;
    private long written;

    public GoodStateOfHandWrittenLoop(Loop loop) {
        this.loop = loop;
    }

    public void write(byte[] message) {
        if (loop.inEventLoop()) {
            add(message);
        } else {
            loop.execute(() -> add(message));
        }
    }

    public void flush() {
        loop.execute(this::flush0);
    }

    private void add(byte[] message) {
        unflushed.addLast(message);
        pendingBytes += message.length;
    }

    private void flush0() {
        byte[] next;
        while ((next = unflushed.pollFirst()) != null) {
            pendingBytes -= next.length;
            written += next.length;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Loop loop = new Loop("io-1");
        loop.start();
        GoodStateOfHandWrittenLoop buffer = new GoodStateOfHandWrittenLoop(loop);
        Thread[] writers = new Thread[4];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = new Thread(() -> {
                buffer.write(new byte[64]);
                buffer.flush();
            });
            writers[i].start();
        }
        for (Thread w : writers) {
            w.join();
        }
    }
}
