// EXPECT: none
package probe12c; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Casual duel queue. Gateway threads enqueue players; several arena threads
 * block in takePair() and open a duel for each pair.
 */
public class DuelQueue {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition pairReady = lock.newCondition();
    private final Deque<String> waiting = new ArrayDeque<>();

    public void enqueue(String playerId) {
        lock.lock();
        try {
            waiting.addLast(playerId);
            if (waiting.size() >= 2) {
                pairReady.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    public String[] takePair() throws InterruptedException {
        lock.lock();
        try {
            while (waiting.size() < 2) { // OK: predicate re-checked in a loop under the lock after every wakeup
                pairReady.await();
            }
            return new String[] {waiting.removeFirst(), waiting.removeFirst()};
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        DuelQueue queue = new DuelQueue();
        AtomicInteger duels = new AtomicInteger();

        Thread[] arenas = new Thread[3];
        for (int i = 0; i < arenas.length; i++) {
            arenas[i] = new Thread(() -> {
                try {
                    while (true) {
                        queue.takePair();
                        duels.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "arena-" + i);
            arenas[i].start();
        }

        Thread gateway = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                queue.enqueue("player-" + i);
            }
        }, "gateway");
        gateway.start();
        gateway.join();

        TimeUnit.MILLISECONDS.sleep(500);
        for (Thread t : arenas) {
            t.interrupt();
        }
        for (Thread t : arenas) {
            t.join();
        }
        System.out.println("duels=" + duels.get() + " leftover=" + queue.size());
    }
}
