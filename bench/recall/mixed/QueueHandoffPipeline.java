// EXPECT: none
package recall3;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Two-stage pipeline. The producer fills in a mutable Order and hands it over through a
 * BlockingQueue; from then on only the next stage touches it (ownership transfer), and priced
 * orders travel back to main through a second queue.
 */
public class QueueHandoffPipeline {

    static final class Order {
        String customer;
        List<String> items = new ArrayList<>();
        double total;
        boolean poison;
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Order> incoming = new ArrayBlockingQueue<>(16);
        BlockingQueue<Order> priced = new ArrayBlockingQueue<>(16);

        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 100; i++) {
                    Order o = new Order();
                    o.customer = "customer-" + (i % 10);
                    o.items.add("sku-" + i);
                    o.items.add("sku-" + (i + 1));
                    incoming.put(o);
                }
                Order end = new Order();
                end.poison = true;
                incoming.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "producer");

        Thread pricer = new Thread(() -> {
            try {
                while (true) {
                    Order o = incoming.take();
                    if (!o.poison) {
                        o.total = o.items.size() * 9.99;
                    }
                    priced.put(o);
                    if (o.poison) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pricer");

        producer.start();
        pricer.start();
        double revenue = 0;
        int count = 0;
        while (true) {
            Order o = priced.take();
            if (o.poison) {
                break;
            }
            revenue += o.total;
            count++;
        }
        producer.join();
        pricer.join();
        System.out.printf("%d orders, revenue %.2f%n", count, revenue);
    }
}
