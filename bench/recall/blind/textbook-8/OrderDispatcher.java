// EXPECT: interrupt-swallowed @ line 35
package probe8c; import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

// Producer-consumer: the web tier submits orders, two dispatcher threads ship them.
// stop() is called from the shutdown hook / admin thread.
public class OrderDispatcher {

    record Order(long id, String customer) {
    }

    private final BlockingQueue<Order> queue = new LinkedBlockingQueue<>(1_000);
    private final ExecutorService consumers = Executors.newFixedThreadPool(2);
    private final AtomicLong shipped = new AtomicLong();

    public void start() {
        for (int i = 0; i < 2; i++) {
            consumers.execute(this::consumeLoop);
        }
    }

    public void submit(Order order) throws InterruptedException {
        queue.put(order);
    }

    private void consumeLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Order order = queue.take();
                ship(order);
            } catch (InterruptedException e) { // BUG: interrupt swallowed; flag is cleared and the loop keeps running, so shutdownNow() never stops the consumer
                System.err.println("dispatcher interrupted while waiting, retrying");
            }
        }
    }

    private void ship(Order order) {
        shipped.incrementAndGet();
    }

    public boolean stop() throws InterruptedException {
        consumers.shutdownNow();
        return consumers.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        OrderDispatcher dispatcher = new OrderDispatcher();
        dispatcher.start();
        Thread webTier = new Thread(() -> {
            try {
                for (long id = 1; id <= 10_000; id++) {
                    dispatcher.submit(new Order(id, "cust-" + (id % 37)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "web-tier");
        webTier.start();
        webTier.join();
        Thread.sleep(200);
        boolean terminated = dispatcher.stop();
        System.out.println("shipped=" + dispatcher.shipped.get() + " terminated=" + terminated);
    }
}
