// EXPECT: wait-notify-or-condition-misuse @ line 46
package probe13b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/*
 * Bounded hand-off queue between the acceptor (which parses requests) and a
 * pool of handler workers. submit() is called by acceptor threads, take() by
 * several worker threads at once.
 */
public class RequestQueue {

    public record PendingRequest(String method, String path) {
    }

    private final Deque<PendingRequest> pending = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final int capacity;

    public RequestQueue(int capacity) {
        this.capacity = capacity;
    }

    public void submit(PendingRequest request) throws InterruptedException {
        lock.lock();
        try {
            while (pending.size() >= capacity) {
                notFull.await();
            }
            pending.addLast(request);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    public PendingRequest take() throws InterruptedException {
        lock.lock();
        try {
            if (pending.isEmpty()) { // BUG: await guarded by 'if' instead of 'while'; after a spurious wakeup or a barging taker the queue may be empty and null is returned
                notEmpty.await();
            }
            PendingRequest next = pending.pollFirst();
            notFull.signal();
            return next;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        RequestQueue queue = new RequestQueue(16);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            workers.execute(() -> {
                try {
                    while (true) {
                        PendingRequest request = queue.take();
                        System.out.println(Thread.currentThread().getName()
                                + " handling " + request.method() + " " + request.path());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        Thread acceptor = new Thread(() -> {
            try {
                for (int i = 0; i < 1_000; i++) {
                    queue.submit(new PendingRequest("GET", "/items/" + i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "acceptor");
        acceptor.start();
        acceptor.join();
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
