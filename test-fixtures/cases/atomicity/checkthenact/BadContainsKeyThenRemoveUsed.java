package atomicity.checkthenact;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stock held for carts, released by an expiry sweeper and by webhook threads that may release the same
 * cart at once: both can see the hold, one takes it, and the other's remove returns null, which it then
 * reads a quantity from.
 */
public class BadContainsKeyThenRemoveUsed {
    private final ConcurrentHashMap<String, Integer> holds = new ConcurrentHashMap<>();
    private final ExecutorService sweeper = Executors.newSingleThreadExecutor();
    private final AtomicInteger available = new AtomicInteger();

    public void hold(String cart, int quantity) {
        holds.put(cart, quantity);
    }

    public void expireLater(String cart) {
        sweeper.execute(() -> release(cart));
    }

    /** Called by webhook request threads, and by the sweeper. */
    public void release(String cart) {
        if (holds.containsKey(cart)) { // related: CheckThenAct['the check is here']
            Integer quantity = holds.remove(cart); // expect: CheckThenAct['`containsKey` found the key and then `remove` takes it'], CheckThenAct['`remove` then returns null, which line 30 uses']
            available.addAndGet(quantity.intValue()); // related: CheckThenAct['the value taken is used here, untested']
        }
    }

    /** The same with get: the value seen there may be gone by the remove. */
    public String describeAndRelease(String cart) {
        Integer seen = holds.get(cart); // related: CheckThenAct['the check is here']
        if (seen != null) {
            Integer taken = holds.remove(cart); // expect: CheckThenAct['`get` found the key and then `remove` takes it']
            return cart + " released " + taken.toString(); // related: CheckThenAct['the value taken is used here, untested']
        }
        return cart + " not held";
    }

    static final class Hold {
        final int quantity;

        Hold(int quantity) {
            this.quantity = quantity;
        }
    }

    private final ConcurrentHashMap<String, Hold> carts = new ConcurrentHashMap<>();

    public void holdCart(String cart, int quantity) {
        carts.put(cart, new Hold(quantity));
        sweeper.execute(() -> releaseCart(cart));
    }

    /** The value's final field read straight off the take's result. */
    public void releaseCart(String cart) {
        if (carts.containsKey(cart)) { // related: CheckThenAct['the check is here']
            Hold hold = carts.remove(cart); // expect: CheckThenAct['`remove` then returns null, which line 63 uses']
            available.addAndGet(hold.quantity);
        }
    }
}
