// EXPECT: unguarded-shared-field @ line 22
package probe16b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Collects messages that could not be delivered because the target actor's
 * mailbox was already closed. publish() is called directly from the
 * dispatcher pool threads, so several threads call it at the same time.
 * The monitoring endpoint calls drain() periodically from its own thread.
 */
public class DeadLetterOffice {

    public record DeadLetter(String recipient, Object message, long enqueuedAtNanos) {}

    private final List<DeadLetter> letters = new ArrayList<>();

    public void publish(String recipient, Object message) {
        DeadLetter letter = new DeadLetter(recipient, message, System.nanoTime());
        letters.add(letter); // BUG: ArrayList mutated by many dispatcher threads without holding the lock used by drain()/size()
    }

    public synchronized List<DeadLetter> drain() {
        List<DeadLetter> copy = new ArrayList<>(letters);
        letters.clear();
        return copy;
    }

    public synchronized int size() {
        return letters.size();
    }

    /** Simulates a dispatcher pool delivering to actors whose mailboxes are gone. */
    static final class Dispatcher {
        private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "dispatcher");
            t.setDaemon(true);
            return t;
        });
        private final DeadLetterOffice deadLetters;

        Dispatcher(DeadLetterOffice deadLetters) {
            this.deadLetters = deadLetters;
        }

        void deliver(String recipient, Object message, boolean mailboxClosed) {
            pool.execute(() -> {
                if (mailboxClosed) {
                    deadLetters.publish(recipient, message);
                }
            });
        }

        void shutdown() throws InterruptedException {
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    public static void main(String[] args) throws Exception {
        DeadLetterOffice office = new DeadLetterOffice();
        Dispatcher dispatcher = new Dispatcher(office);
        Thread monitor = new Thread(() -> {
            long total = 0;
            while (!Thread.currentThread().isInterrupted()) {
                total += office.drain().size();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    break;
                }
            }
            System.out.println("monitor drained " + total);
        }, "dead-letter-monitor");
        monitor.start();
        for (int i = 0; i < 100_000; i++) {
            dispatcher.deliver("actor-" + (i % 16), "msg-" + i, i % 3 == 0);
        }
        dispatcher.shutdown();
        monitor.interrupt();
        monitor.join();
        System.out.println("remaining " + office.size());
    }
}
