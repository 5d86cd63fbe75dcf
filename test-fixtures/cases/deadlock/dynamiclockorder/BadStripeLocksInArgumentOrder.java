package deadlock.dynamiclockorder;

import java.util.HashMap;
import java.util.Map;

/**
 * Balances partitioned over lock stripes: transfer locks the payer's stripe, then the payee's, as the
 * caller passed them; transfer(a, b) and transfer(b, a) at once each hold one stripe and wait for the other.
 */
public class BadStripeLocksInArgumentOrder {
    private static final int STRIPES = 16;
    private final Object[] locks = new Object[STRIPES];
    private final Map<String, Long>[] segments;

    @SuppressWarnings("unchecked")
    public BadStripeLocksInArgumentOrder() {
        segments = (Map<String, Long>[]) new Map[STRIPES];
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
            segments[i] = new HashMap<>();
        }
    }

    private static int stripe(String account) {
        return (account.hashCode() & 0x7fffffff) % STRIPES;
    }

    public void transfer(String from, String to, long amount) {
        int src = stripe(from);
        int dst = stripe(to);
        synchronized (locks[src]) {
            synchronized (locks[dst]) { // expect: DynamicLockOrder['`locks[dst]` is locked while holding `locks[src]`, in the order the arguments were passed']
                segments[src].merge(from, -amount, Long::sum);
                segments[dst].merge(to, amount, Long::sum);
            }
        }
    }
}
