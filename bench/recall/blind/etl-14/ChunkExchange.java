// EXPECT: none
package probe14a; import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounded exchange between the file splitter (one thread) and the parser
 * workers (several threads). Each chunk is a list of records from one split.
 */
public class ChunkExchange {

    private final Deque<List<String>> chunks = new ArrayDeque<>();
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();

    public ChunkExchange(int capacity) {
        this.capacity = capacity;
    }

    public void offer(List<String> chunk) throws InterruptedException {
        lock.lock();
        try {
            while (chunks.size() >= capacity) {
                notFull.await();
            }
            chunks.addLast(chunk);
            notEmpty.signal(); // OK: separate conditions per predicate and waiters re-check in a while loop, so a single signal wakes the right kind of waiter
        } finally {
            lock.unlock();
        }
    }

    public List<String> poll() throws InterruptedException {
        lock.lock();
        try {
            while (chunks.isEmpty()) {
                notEmpty.await();
            }
            List<String> chunk = chunks.removeFirst();
            notFull.signal();
            return chunk;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ChunkExchange exchange = new ChunkExchange(4);
        AtomicLong parsed = new AtomicLong();
        List<Thread> parsers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        List<String> chunk = exchange.poll();
                        if (chunk.isEmpty()) {
                            return;
                        }
                        for (String rec : chunk) {
                            parsed.addAndGet(rec.split(";").length);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "parser-" + w);
            parsers.add(t);
            t.start();
        }

        Thread splitter = new Thread(() -> {
            try {
                for (int c = 0; c < 500; c++) {
                    List<String> chunk = new ArrayList<>();
                    for (int i = 0; i < 100; i++) {
                        chunk.add(c + ";" + i + ";ok");
                    }
                    exchange.offer(chunk);
                }
                for (int w = 0; w < 4; w++) {
                    exchange.offer(List.of());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "splitter");
        splitter.start();

        splitter.join();
        for (Thread t : parsers) {
            t.join();
        }
        System.out.println("parsed fields: " + parsed.get());
    }
}
