// EXPECT: none
package probe7b; import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Per-channel outbound buffer in a selector-style event loop. Application threads
 * may call write()/flush() from anywhere; every state mutation is re-dispatched
 * onto the channel's event-loop thread, which is the only thread touching the fields.
 */
public final class ChannelOutboundBuffer {

    /** Minimal single-threaded event loop: one thread drains a task queue. */
    static final class EventLoop implements Executor {
        private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
        private final Thread thread;

        EventLoop(String name) {
            thread = new Thread(this::runTasks, name);
            thread.setDaemon(true);
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

    private final EventLoop loop;
    private final ArrayDeque<ByteBuffer> unflushed = new ArrayDeque<>();
    private final ArrayDeque<ByteBuffer> flushed = new ArrayDeque<>();
    private long pendingBytes;
    private long totalWritten;

    public ChannelOutboundBuffer(EventLoop loop) {
        this.loop = loop;
    }

    public void write(ByteBuffer msg) {
        if (loop.inEventLoop()) {
            addMessage(msg);
        } else {
            loop.execute(() -> addMessage(msg));
        }
    }

    public void flush() {
        if (loop.inEventLoop()) {
            flush0();
        } else {
            loop.execute(this::flush0);
        }
    }

    public CompletableFuture<long[]> statsAsync() {
        CompletableFuture<long[]> result = new CompletableFuture<>();
        loop.execute(() -> result.complete(new long[] {pendingBytes, totalWritten}));
        return result;
    }

    private void addMessage(ByteBuffer msg) {
        unflushed.addLast(msg);
        pendingBytes += msg.remaining(); // OK: unsynchronized read-modify-write, but addMessage/flush0/stats only ever run on the single event-loop thread (other callers hand off via the LinkedBlockingQueue, which also publishes msg)
    }

    private void flush0() {
        while (!unflushed.isEmpty()) {
            flushed.addLast(unflushed.pollFirst());
        }
        ByteBuffer buf;
        while ((buf = flushed.pollFirst()) != null) {
            int n = buf.remaining();
            buf.position(buf.limit()); // stands in for SocketChannel.write(buf)
            pendingBytes -= n;
            totalWritten += n;
        }
    }

    public static void main(String[] args) throws Exception {
        EventLoop loop = new EventLoop("event-loop-1");
        loop.start();
        ChannelOutboundBuffer buffer = new ChannelOutboundBuffer(loop);
        Thread[] writers = new Thread[4];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = new Thread(() -> {
                for (int j = 0; j < 1000; j++) {
                    buffer.write(ByteBuffer.allocate(64));
                }
                buffer.flush();
            });
            writers[i].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        long[] stats = buffer.statsAsync().get();
        System.out.println("pending=" + stats[0] + " written=" + stats[1]);
    }
}
