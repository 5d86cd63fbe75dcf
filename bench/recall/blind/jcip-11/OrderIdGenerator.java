// EXPECT: none
package probe11a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates order identifiers for the checkout service. Checkout request handlers run
 * on a pool of worker threads and all share one generator per shard.
 */
public class OrderIdGenerator {

    private final int shard;
    private long lastSequence;
    private long issuedCount;

    public OrderIdGenerator(int shard, long lastPersistedSequence) {
        this.shard = shard;
        this.lastSequence = lastPersistedSequence;
    }

    public synchronized long nextOrderId() {
        issuedCount++;
        long seq = ++lastSequence; // OK: method is synchronized on this, and every access to lastSequence holds that lock
        return ((long) shard << 48) | seq;
    }

    public synchronized long issuedSinceStart() {
        return issuedCount;
    }

    public synchronized long highWaterMark() {
        return lastSequence;
    }

    static final class CheckoutHandler implements Callable<List<Long>> {
        private final OrderIdGenerator ids;
        private final int requests;

        CheckoutHandler(OrderIdGenerator ids, int requests) {
            this.ids = ids;
            this.requests = requests;
        }

        @Override
        public List<Long> call() {
            List<Long> created = new ArrayList<>(requests);
            for (int i = 0; i < requests; i++) {
                created.add(ids.nextOrderId());
            }
            return created;
        }
    }

    public static void main(String[] args) throws Exception {
        OrderIdGenerator ids = new OrderIdGenerator(3, 9_000);
        ExecutorService handlers = Executors.newFixedThreadPool(6);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(handlers.submit(new CheckoutHandler(ids, 2_000)));
        }
        int total = 0;
        for (Future<List<Long>> f : results) {
            total += f.get().size();
        }
        handlers.shutdown();
        System.out.println("orders created: " + total + ", high water mark " + ids.highWaterMark()
                + ", issued " + ids.issuedSinceStart());
    }
}
