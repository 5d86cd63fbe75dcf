package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Look-alikes of a check followed by a take: the value taken is tested before use, or not used at all (the
 * check is only redundant), or the pair runs under the lock every change of the map takes.
 */
public class GoodContainsKeyThenRemoveTested {
    private final ConcurrentHashMap<String, Integer> holds = new ConcurrentHashMap<>();
    private final Map<String, Integer> locked = new java.util.HashMap<>();
    private final ExecutorService sweeper = Executors.newSingleThreadExecutor();
    private final AtomicInteger available = new AtomicInteger();

    public void hold(String cart, int quantity) {
        holds.put(cart, quantity);
        synchronized (locked) {
            locked.put(cart, quantity);
        }
    }

    public void expireLater(String cart) {
        sweeper.execute(() -> {
            release(cart);
            forget(cart);
            releaseLocked(cart);
        });
    }

    public void release(String cart) {
        if (holds.containsKey(cart)) {
            Integer quantity = holds.remove(cart);
            if (quantity != null) {
                available.addAndGet(quantity.intValue());
            }
        }
    }

    public void forget(String cart) {
        if (holds.containsKey(cart)) {
            holds.remove(cart);
        }
    }

    public void releaseLocked(String cart) {
        synchronized (locked) {
            if (locked.containsKey(cart)) {
                Integer quantity = locked.remove(cart);
                available.addAndGet(quantity.intValue());
            }
        }
    }
}
