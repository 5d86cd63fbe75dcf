package atomicity.checkthenact;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Look-alikes of the torn cache that keep the number and its factors together: one immutable holder
 * behind one volatile field (Java Concurrency in Practice's VolatileCachedFactorizer), both fields read
 * and written under one lock (CachedFactorizer), data published by a flag set after it, counters reset
 * to constants together, halves named among other fields in a message, settings ordered
 * against a threshold, a key the method stored itself, halves stored by different calls, and a check of
 * the state of one field (not a key) before the other is used.
 */
public class GoodCachedPairTogether {

    /** The pair in one immutable object, replaced whole. */
    public static class OneValueCache {
        private record Entry(BigInteger number, BigInteger[] factors) {
        }

        private volatile Entry cache = new Entry(null, null);

        public BigInteger[] factors(BigInteger i) {
            Entry e = cache;
            if (i.equals(e.number())) {
                return e.factors();
            }
            BigInteger[] factors = {i};
            cache = new Entry(i, factors);
            return factors;
        }
    }

    /** Both halves read and written under the object's lock. */
    public static class LockedCache {
        private final AtomicReference<BigInteger> lastNumber = new AtomicReference<>();
        private final AtomicReference<BigInteger[]> lastFactors = new AtomicReference<>();

        public synchronized BigInteger[] factors(BigInteger i) {
            if (i.equals(lastNumber.get())) {
                return lastFactors.get();
            }
            BigInteger[] factors = {i};
            lastNumber.set(i);
            lastFactors.set(factors);
            return factors;
        }
    }

    /** Data written first, then a flag set to a constant: a reader that sees the flag sees the data. */
    public static class Published {
        private volatile String ready = "";
        private volatile int[] data;

        public void publish(int[] values) {
            data = values;
            ready = "yes";
        }

        public int[] dataIfReady(String expected) {
            if (expected.equals(ready)) {
                return data;
            }
            return null;
        }
    }

    /** Counters reset to constants together: a torn read sees one reset early, no mismatched values. */
    public static class Stats {
        private final AtomicLong hits = new AtomicLong();
        private final AtomicLong misses = new AtomicLong();

        public void hit() {
            hits.incrementAndGet();
        }

        public void miss() {
            misses.incrementAndGet();
        }

        public double ratio() {
            return Math.max(hits.get(), misses.get());
        }

        public void reset() {
            hits.set(0);
            misses.set(0);
        }
    }

    /** Two halves among other fields in a message: a description, not one value made of the pair. */
    public static class Described {
        private volatile String host = "";
        private volatile String port = "";
        private final String name = "described";

        public void moveTo(String h, String p) {
            host = h;
            port = p;
        }

        public String describe() {
            return String.format("%s at %s:%s", name, host, port);
        }
    }

    /** Settings ordered against a threshold: no key and its value, each setting stands alone. */
    public static class Shaper {
        private volatile float maxDeviation = 0.1f;
        private volatile float slowDownFactor = 1.4f;

        public float factor(float ratio) {
            if (ratio > maxDeviation) {
                return slowDownFactor;
            }
            return 1f;
        }

        public void configure(float deviation, float slowDown) {
            maxDeviation = deviation;
            slowDownFactor = slowDown;
        }
    }

    /** The method stores the key itself before it reads the value: it matches what it wrote. */
    public static class Rescheduler {
        private volatile Long interval = 0L;
        private volatile Runnable task;

        public Runnable reschedule(Long next, Runnable r) {
            interval = next;
            if (next.equals(interval)) {
                Runnable old = task;
                task = r;
                return old;
            }
            return null;
        }
    }

    /** Each call stores one half or the other, never both one after the other. */
    public static class OneHalfPerCall {
        private volatile String key = "";
        private volatile String value = "";

        public String lookup(String k) {
            if (k.equals(key)) {
                return value;
            }
            return null;
        }

        public void store(String k, String v, boolean asKey) {
            if (asKey) {
                key = k;
            } else {
                value = v;
            }
        }
    }

    /** A check of the connection's own state, not a key, before the statement is used. */
    public static class Connected {
        private volatile Object connection;
        private volatile Object statement;

        public Object statementIfOpen() {
            if (open(connection)) {
                return statement;
            }
            return null;
        }

        public void connect(Object c, Object s) {
            connection = c;
            statement = s;
        }

        private static boolean open(Object c) {
            return c != null;
        }
    }
}
