// EXPECT: none
package probe12a; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Migrates messages between named broker queues (e.g. retry queue back to the
 * main queue). Migration jobs are submitted by operators and run concurrently
 * on a worker pool, possibly between the same two queues in opposite directions.
 */
public class QueueTransferService {

    static final class BrokerQueue {
        final long id;
        final String name;
        private final Deque<String> messages = new ArrayDeque<>();

        BrokerQueue(long id, String name) {
            this.id = id;
            this.name = name;
        }

        synchronized void publish(String message) {
            messages.addLast(message);
        }

        synchronized int size() {
            return messages.size();
        }
    }

    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    public int migrate(BrokerQueue from, BrokerQueue to, int limit) {
        if (from == to) {
            return 0;
        }
        BrokerQueue first = from.id < to.id ? from : to;
        BrokerQueue second = first == from ? to : from;
        int moved = 0;
        synchronized (first) {
            synchronized (second) { // OK: locks are always acquired in ascending queue id order, so no cycle is possible
                while (moved < limit) {
                    String message = from.messages.pollFirst();
                    if (message == null) {
                        break;
                    }
                    to.messages.addLast(message);
                    moved++;
                }
            }
        }
        return moved;
    }

    public void submitMigration(BrokerQueue from, BrokerQueue to, int limit) {
        workers.execute(() -> migrate(from, to, limit));
    }

    public void shutdown() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        BrokerQueue orders = new BrokerQueue(1, "orders");
        BrokerQueue ordersRetry = new BrokerQueue(2, "orders.retry");
        for (int i = 0; i < 1_000; i++) {
            orders.publish("order-" + i);
            ordersRetry.publish("retry-" + i);
        }
        QueueTransferService service = new QueueTransferService();
        for (int round = 0; round < 10_000; round++) {
            service.submitMigration(orders, ordersRetry, 5);
            service.submitMigration(ordersRetry, orders, 5);
        }
        service.shutdown();
        System.out.println("sizes: " + orders.size() + " / " + ordersRetry.size());
    }
}
