// EXPECT: none
package probe13c; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounded queue between the rule-evaluation threads (producers) that raise
 * threshold alerts and the notification senders (several consumers) that
 * push them to SMS / e-mail / webhook channels.
 */
public class AlertEventQueue {

    public record AlertEvent(String deviceId, String rule, double value) {}

    private final Deque<AlertEvent> events = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final int capacity;

    public AlertEventQueue(int capacity) {
        this.capacity = capacity;
    }

    public void offer(AlertEvent event) throws InterruptedException {
        lock.lock();
        try {
            while (events.size() >= capacity) {
                notFull.await();
            }
            events.addLast(event);
            notEmpty.signal(); // OK: single signal is enough; only consumers wait on notEmpty and they re-check in a while loop
        } finally {
            lock.unlock();
        }
    }

    public AlertEvent take() throws InterruptedException {
        lock.lock();
        try {
            while (events.isEmpty()) {
                notEmpty.await();
            }
            AlertEvent event = events.removeFirst();
            notFull.signal();
            return event;
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AlertEventQueue queue = new AlertEventQueue(32);
        Thread[] evaluators = new Thread[2];
        for (int p = 0; p < evaluators.length; p++) {
            final int shard = p;
            evaluators[p] = new Thread(() -> {
                try {
                    for (int i = 0; i < 15_000; i++) {
                        queue.offer(new AlertEvent("boiler-" + shard + "-" + (i % 40), "temp>90", 91.5));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "rule-eval-" + p);
        }
        Thread[] senders = new Thread[3];
        for (int c = 0; c < senders.length; c++) {
            senders[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < 10_000; i++) {
                        queue.take();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "notifier-" + c);
            senders[c].start();
        }
        for (Thread t : evaluators) {
            t.start();
        }
        for (Thread t : evaluators) {
            t.join();
        }
        for (Thread t : senders) {
            t.join();
        }
        System.out.println("all alerts dispatched");
    }
}
