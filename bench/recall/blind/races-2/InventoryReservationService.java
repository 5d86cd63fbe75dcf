// EXPECT: check-then-act-concurrenthashmap-containskey-remove @ line 46
package probe2.races;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds stock for carts during checkout. Holds are released either by the
 * expiry sweeper or by the cart-abandon webhook, which may race each other.
 */
public class InventoryReservationService {

    static final class Hold {
        final String sku;
        final int quantity;

        Hold(String sku, int quantity) {
            this.sku = sku;
            this.quantity = quantity;
        }
    }

    private final ConcurrentHashMap<String, Hold> holdsByCart = new ConcurrentHashMap<>();
    private final AtomicInteger available;

    public InventoryReservationService(int initialStock) {
        this.available = new AtomicInteger(initialStock);
    }

    public boolean reserve(String cartId, String sku, int quantity) {
        int left = available.addAndGet(-quantity);
        if (left < 0) {
            available.addAndGet(quantity);
            return false;
        }
        holdsByCart.put(cartId, new Hold(sku, quantity));
        return true;
    }

    /** Called from the expiry sweeper and from webhook request threads. */
    public void release(String cartId) {
        if (holdsByCart.containsKey(cartId)) {
            Hold hold = holdsByCart.remove(cartId); // BUG: containsKey-then-remove is not atomic; a racing release gets null and throws
            available.addAndGet(hold.quantity);
        }
    }

    public int available() {
        return available.get();
    }

    public int activeHolds() {
        return holdsByCart.size();
    }

    public static void main(String[] args) throws InterruptedException {
        InventoryReservationService inventory = new InventoryReservationService(10_000);
        for (int i = 0; i < 1_000; i++) {
            inventory.reserve("cart-" + i, "SKU-7", 3);
        }
        ExecutorService sweeper = Executors.newSingleThreadExecutor();
        ExecutorService webhooks = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1_000; i++) {
            String cart = "cart-" + i;
            sweeper.execute(() -> inventory.release(cart));
            webhooks.execute(() -> inventory.release(cart));
        }
        sweeper.shutdown();
        webhooks.shutdown();
        sweeper.awaitTermination(10, TimeUnit.SECONDS);
        webhooks.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("available=" + inventory.available() + " holds=" + inventory.activeHolds());
    }
}
