// EXPECT: check-then-act-on-concurrent-map @ line 60
package probe7a; import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory shopping cart store used by the checkout-api request handlers.
 * Handlers run on the HTTP server's worker pool, so several requests for the
 * same user can be in flight at once (multiple browser tabs, SPA retries).
 */
public class CartSessionStore {

    public static final class Cart {
        private final String userId;
        private final Instant createdAt;
        private final List<String> skus = new CopyOnWriteArrayList<>();

        Cart(String userId, Instant createdAt) {
            this.userId = userId;
            this.createdAt = createdAt;
        }

        public String userId() { return userId; }
        public Instant createdAt() { return createdAt; }
        public List<String> skus() { return skus; }
    }

    private final Map<String, Cart> carts = new ConcurrentHashMap<>();
    private final Clock clock;

    public CartSessionStore(Clock clock) {
        this.clock = clock;
    }

    /** POST /cart/items -- runs on an HTTP worker thread. */
    public void addItem(String userId, String sku) {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("sku required");
        }
        cartFor(userId).skus().add(sku);
    }

    /** GET /cart -- runs on an HTTP worker thread. */
    public List<String> items(String userId) {
        Cart cart = carts.get(userId);
        return cart == null ? List.of() : List.copyOf(cart.skus());
    }

    public int activeCarts() {
        return carts.size();
    }

    private Cart cartFor(String userId) {
        Cart cart = carts.get(userId);
        if (cart == null) {
            cart = new Cart(userId, clock.instant());
            carts.put(userId, cart); // BUG: check-then-act: two HTTP workers adding a user's first items concurrently both see null and both put; the later put replaces the cart the other worker already added its SKU to, so that item is lost
        }
        return cart;
    }
}
