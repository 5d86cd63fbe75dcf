// EXPECT: none
package probe4.safe;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

// Order intake -> pricing -> fulfilment pipeline connected by bounded queues.
// OK: each mutable Order is owned by one stage at a time; BlockingQueue put/take hands it off with happens-before and the sender never touches it again
public class QueueHandoffOrderPipeline {

    /** Mutable, not thread-safe order record; ownership moves with the queue hand-off. */
    static final class Order {
        long id;
        String sku;
        int quantity;
        long unitPriceCents;
        long totalCents;
        String status = "NEW";
    }

    private static final Order POISON = new Order();

    private final BlockingQueue<Order> intake = new ArrayBlockingQueue<>(16);
    private final BlockingQueue<Order> priced = new ArrayBlockingQueue<>(16);

    void produce(int count) throws InterruptedException {
        for (int i = 1; i <= count; i++) {
            Order o = new Order();
            o.id = i;
            o.sku = "SKU-" + (i % 7);
            o.quantity = 1 + i % 4;
            intake.put(o);
        }
        intake.put(POISON);
    }

    void price() throws InterruptedException {
        while (true) {
            Order o = intake.take();
            if (o == POISON) {
                priced.put(POISON);
                return;
            }
            o.unitPriceCents = 499 + 100L * (o.id % 7);
            o.totalCents = o.unitPriceCents * o.quantity;
            o.status = o.totalCents > 2000 ? "REVIEW" : "PRICED";
            priced.put(o);
        }
    }

    long fulfil() throws InterruptedException {
        long revenue = 0;
        while (true) {
            Order o = priced.take();
            if (o == POISON) {
                return revenue;
            }
            o.status = "SHIPPED";
            revenue += o.totalCents;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        QueueHandoffOrderPipeline p = new QueueHandoffOrderPipeline();
        Thread producer = new Thread(() -> {
            try {
                p.produce(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "intake");
        Thread pricer = new Thread(() -> {
            try {
                p.price();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pricing");
        producer.start();
        pricer.start();
        long revenue = p.fulfil();
        producer.join();
        pricer.join();
        System.out.println("revenue cents=" + revenue);
    }
}
