// EXPECT: none
package probe12c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Player-to-player gift exchange. Gift requests are executed by the exchange
 * worker pool; gifts in both directions between two players run at once.
 */
public class ItemExchange {

    static class Stash {
        final long accountId;
        final Map<String, Integer> items = new HashMap<>();

        Stash(long accountId) {
            this.accountId = accountId;
        }
    }

    public boolean gift(Stash from, Stash to, String itemId, int qty) {
        if (from == to) {
            return false;
        }
        Stash first = from.accountId < to.accountId ? from : to;
        Stash second = first == from ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: locks always acquired in ascending accountId order, so no lock-order cycle
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
        ItemExchange exchange = new ItemExchange();
        Stash carol = new Stash(7001L);
        Stash dave = new Stash(4410L);
        synchronized (carol) {
            carol.items.put("health_potion", 1_000);
        }
        synchronized (dave) {
            dave.items.put("health_potion", 1_000);
        }

        ExecutorService exchangeWorkers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 5_000; i++) {
            exchangeWorkers.submit(() -> exchange.gift(carol, dave, "health_potion", 1));
            exchangeWorkers.submit(() -> exchange.gift(dave, carol, "health_potion", 1));
        }
        exchangeWorkers.shutdown();
        if (!exchangeWorkers.awaitTermination(10, TimeUnit.SECONDS)) {
            System.out.println("exchange workers did not finish");
            return;
        }
        synchronized (dave) {
            synchronized (carol) {
                System.out.println("carol=" + carol.items + " dave=" + dave.items);
            }
        }
    }
}
