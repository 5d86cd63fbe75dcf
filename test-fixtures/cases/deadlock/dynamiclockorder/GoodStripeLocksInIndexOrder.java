package deadlock.dynamiclockorder;

import java.util.HashMap;
import java.util.Map;

/** The look-alike: the stripes are locked lowest index first, whatever order the accounts came in. */
public class GoodStripeLocksInIndexOrder {
    private static final int STRIPES = 16;
    private final Object[] locks = new Object[STRIPES];
    private final Map<String, Long>[] segments;

    @SuppressWarnings("unchecked")
    public GoodStripeLocksInIndexOrder() {
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
        int first = Math.min(src, dst);
        int second = Math.max(src, dst);
        synchronized (locks[first]) {
            synchronized (locks[second]) {
                segments[src].merge(from, -amount, Long::sum);
                segments[dst].merge(to, amount, Long::sum);
            }
        }
    }

    public void move(String from, String to, long amount) {
        int src = stripe(from);
        int dst = stripe(to);
        if (src < dst) {
            synchronized (locks[src]) {
                synchronized (locks[dst]) {
                    segments[src].merge(from, -amount, Long::sum);
                    segments[dst].merge(to, amount, Long::sum);
                }
            }
        } else {
            synchronized (locks[dst]) {
                synchronized (locks[src]) {
                    segments[src].merge(from, -amount, Long::sum);
                    segments[dst].merge(to, amount, Long::sum);
                }
            }
        }
    }
}
