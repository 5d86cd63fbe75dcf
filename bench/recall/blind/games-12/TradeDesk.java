// EXPECT: deadlock-lock-ordering-or-a-lock-held-while-calling-out @ line 25
package probe12c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Player-to-player item trades. Trade requests are executed by the trade
 * worker pool; a trade from A to B and one from B to A can run at once.
 */
public class TradeDesk {

    static class Inventory {
        final String ownerId;
        final Map<String, Integer> items = new HashMap<>();

        Inventory(String ownerId) {
            this.ownerId = ownerId;
        }
    }

    public boolean transfer(Inventory from, Inventory to, String itemId, int qty) {
        synchronized (from) {
            synchronized (to) { // BUG: locks taken in argument order; concurrent A->B and B->A trades deadlock
                int have = from.items.getOrDefault(itemId, 0);
                if (have < qty) {
                    return false;
                }
                if (have == qty) {
                    from.items.remove(itemId);
                } else {
                    from.items.put(itemId, have - qty);
                }
                to.items.merge(itemId, qty, Integer::sum);
                return true;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TradeDesk desk = new TradeDesk();
        Inventory alice = new Inventory("alice");
        Inventory bob = new Inventory("bob");
        synchronized (alice) {
            alice.items.put("iron_ore", 1_000);
        }
        synchronized (bob) {
            bob.items.put("iron_ore", 1_000);
        }

        ExecutorService tradeWorkers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 5_000; i++) {
            tradeWorkers.submit(() -> desk.transfer(alice, bob, "iron_ore", 1));
            tradeWorkers.submit(() -> desk.transfer(bob, alice, "iron_ore", 1));
        }
        tradeWorkers.shutdown();
        if (!tradeWorkers.awaitTermination(10, TimeUnit.SECONDS)) {
            System.out.println("trade workers did not finish");
            return;
        }
        synchronized (alice) {
            synchronized (bob) {
                System.out.println("alice=" + alice.items + " bob=" + bob.items);
            }
        }
    }
}
