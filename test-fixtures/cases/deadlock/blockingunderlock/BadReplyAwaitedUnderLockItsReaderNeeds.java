package deadlock.blockingunderlock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A request/reply channel: call() parks its reply future in a map of pending calls and waits for it while
 * holding the channel's monitor; the reader thread, the only code that completes replies, must take that
 * monitor to find the pending call. While call() waits, the reader can never reach complete(): a deadlock.
 */
public class BadReplyAwaitedUnderLockItsReaderNeeds {
    private final BlockingQueue<String> inbound = new LinkedBlockingQueue<>();
    private final Map<Long, CompletableFuture<String>> pending = new HashMap<>();
    private long nextId;

    public synchronized String call(String request) throws InterruptedException, ExecutionException {
        CompletableFuture<String> reply = new CompletableFuture<>();
        pending.put(++nextId, reply);
        send(nextId + ":" + request);
        return reply.get(); // expect: BlockingUnderLock['which can end this wait, takes it']
    }

    private void send(String frame) {
        System.out.println(frame);
    }

    void readLoop() throws InterruptedException {
        while (true) {
            String frame = inbound.take();
            long id = Long.parseLong(frame.substring(0, frame.indexOf(':')));
            CompletableFuture<String> reply;
            synchronized (this) {
                reply = pending.remove(id);
            }
            if (reply != null) {
                reply.complete(frame.substring(frame.indexOf(':') + 1));
            }
        }
    }

    public void start() {
        Thread reader = new Thread(() -> {
            try {
                readLoop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    public void received(String frame) {
        inbound.add(frame);
    }
}
