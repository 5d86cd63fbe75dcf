// EXPECT: wait-not-in-loop @ line 31
package probe8b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounded pool of expensive objects (parsers, codecs, connections). Callers on
 * any worker thread borrow an instance, blocking while the pool is exhausted,
 * and give it back when done.
 */
public class BlockingObjectPool<T> {
    private final Deque<T> idle = new ArrayDeque<>();
    private final Supplier<T> factory;
    private final int maxSize;
    private int created;

    public BlockingObjectPool(Supplier<T> factory, int maxSize) {
        this.factory = factory;
        this.maxSize = maxSize;
    }

    public synchronized T borrow() throws InterruptedException {
        if (idle.isEmpty() && created < maxSize) {
            created++;
            return factory.get();
        }
        if (idle.isEmpty()) {
            wait(); // BUG: wait not in a loop; after notifyAll (or a spurious wakeup) several borrowers proceed and pop() from an empty deque
        }
        return idle.pop();
    }

    public synchronized void giveBack(T obj) {
        idle.push(obj);
        notifyAll();
    }

    public synchronized int idleCount() {
        return idle.size();
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingObjectPool<StringBuilder> pool = new BlockingObjectPool<>(() -> new StringBuilder(4096), 2);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 5_000; i++) {
            final int job = i;
            workers.execute(() -> {
                try {
                    StringBuilder sb = pool.borrow();
                    try {
                        sb.setLength(0);
                        sb.append("render job ").append(job);
                    } finally {
                        pool.giveBack(sb);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
