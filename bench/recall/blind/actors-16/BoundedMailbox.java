// EXPECT: wait-notify-misuse @ line 32
package probe16b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded mailbox shared by a pool of routee actors (balancing router).
 * Senders block when the mailbox is full; every routee thread blocks in
 * dequeue() until a message is available.
 */
public class BoundedMailbox {

    private final Deque<Object> queue = new ArrayDeque<>();
    private final int capacity;

    public BoundedMailbox(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void enqueue(Object message) throws InterruptedException {
        while (queue.size() >= capacity) {
            wait();
        }
        queue.addLast(message);
        notifyAll();
    }

    public synchronized Object dequeue() throws InterruptedException {
        if (queue.isEmpty()) { // BUG: condition not re-checked after wait(); another routee (or a spurious wakeup) can leave the queue empty
            wait();
        }
        Object message = queue.removeFirst();
        notifyAll();
        return message;
    }

    public synchronized int pending() {
        return queue.size();
    }

    static final class Routee implements Runnable {
        private final BoundedMailbox mailbox;
        private final AtomicInteger handled;

        Routee(BoundedMailbox mailbox, AtomicInteger handled) {
            this.mailbox = mailbox;
            this.handled = handled;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Object msg = mailbox.dequeue();
                    if (msg == PoisonPill.INSTANCE) {
                        return;
                    }
                    handled.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    enum PoisonPill { INSTANCE }

    public static void main(String[] args) throws Exception {
        BoundedMailbox mailbox = new BoundedMailbox(16);
        AtomicInteger handled = new AtomicInteger();
        int routees = 3;
        ExecutorService pool = Executors.newFixedThreadPool(routees);
        for (int i = 0; i < routees; i++) {
            pool.execute(new Routee(mailbox, handled));
        }
        Thread sender = new Thread(() -> {
            try {
                for (int i = 0; i < 100_000; i++) {
                    mailbox.enqueue("job-" + i);
                }
                for (int i = 0; i < routees; i++) {
                    mailbox.enqueue(PoisonPill.INSTANCE);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sender");
        sender.start();
        sender.join();
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("handled " + handled.get());
    }
}
