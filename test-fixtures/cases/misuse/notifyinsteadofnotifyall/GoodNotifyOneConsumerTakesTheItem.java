package misuse.notifyinsteadofnotifyall;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A hand-off queue whose several consumers all wait for the same state (an item, or the queue closed),
 * and each one woken takes the item the notify announced: one item needs one waiter, so notify() is
 * enough (JCIP 14.2.4, uniform waiters, one in one out); close() wakes them all.
 */
public class GoodNotifyOneConsumerTakesTheItem {
    private final Deque<String> pending = new ArrayDeque<>();
    private boolean closed;

    public synchronized void submit(String item) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        pending.addLast(item);
        notify();
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public synchronized String take() throws InterruptedException {
        while (pending.isEmpty() && !closed) {
            wait();
        }
        return pending.isEmpty() ? null : pending.removeFirst();
    }

    public static void main(String[] args) throws InterruptedException {
        GoodNotifyOneConsumerTakesTheItem queue = new GoodNotifyOneConsumerTakesTheItem();
        Thread[] consumers = new Thread[3];
        for (int i = 0; i < consumers.length; i++) {
            consumers[i] = new Thread(() -> {
                try {
                    while (queue.take() != null) {
                        Thread.onSpinWait();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            consumers[i].start();
        }
        for (int i = 0; i < 10; i++) {
            queue.submit("item-" + i);
        }
        queue.close();
        for (Thread t : consumers) {
            t.join();
        }
    }
}
