// EXPECT: none
package probe13b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/*
 * Bounded buffer of parsed requests waiting for a free handler thread.
 * offer() is called by the network I/O threads, next() by several handler
 * threads concurrently.
 */
public class PendingRequestBuffer {

    public record ParsedRequest(String method, String uri, String body) {
    }

    private final Deque<ParsedRequest> buffer = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition hasRequests = lock.newCondition();
    private final Condition hasSpace = lock.newCondition();
    private final int capacity;

    public PendingRequestBuffer(int capacity) {
        this.capacity = capacity;
    }

    public void offer(ParsedRequest request) throws InterruptedException {
        lock.lock();
        try {
            while (buffer.size() >= capacity) {
                hasSpace.await();
            }
            buffer.addLast(request);
            hasRequests.signal();
        } finally {
            lock.unlock();
        }
    }

    public ParsedRequest next() throws InterruptedException {
        lock.lock();
        try {
            while (buffer.isEmpty()) {
                hasRequests.await(); // OK: await sits in a while loop that re-checks the predicate under the lock after every wakeup
            }
            ParsedRequest request = buffer.pollFirst();
            hasSpace.signal();
            return request;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PendingRequestBuffer buffer = new PendingRequestBuffer(16);
        ExecutorService handlers = Executors.newFixedThreadPool(4);
        for (int h = 0; h < 4; h++) {
            handlers.execute(() -> {
                try {
                    while (true) {
                        ParsedRequest request = buffer.next();
                        System.out.println(Thread.currentThread().getName()
                                + " handling " + request.method() + " " + request.uri());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        Thread ioThread = new Thread(() -> {
            try {
                for (int i = 0; i < 1_000; i++) {
                    buffer.offer(new ParsedRequest("POST", "/orders", "{\"id\":" + i + "}"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "nio-1");
        ioThread.start();
        ioThread.join();
        handlers.shutdownNow();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
