// EXPECT: none
package probe3.mix;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Customs tariff rates per HS code. Rates are loaded on demand and the
 * table is occasionally invalidated when the regulator publishes updates.
 */
// OK: lookups run under the read lock; on a miss the read lock is released, the write lock taken, the entry re-checked, and only then is the map mutated
public class TariffTableStore {

    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private final Map<String, Double> ratesByHsCode = new HashMap<>();

    public double rateFor(String hsCode) {
        rw.readLock().lock();
        try {
            Double rate = ratesByHsCode.get(hsCode);
            if (rate != null) {
                return rate;
            }
        } finally {
            rw.readLock().unlock();
        }
        rw.writeLock().lock();
        try {
            Double rate = ratesByHsCode.get(hsCode);
            if (rate == null) {
                rate = fetchFromRegulator(hsCode);
                ratesByHsCode.put(hsCode, rate);
            }
            return rate;
        } finally {
            rw.writeLock().unlock();
        }
    }

    public void invalidateChapter(String chapterPrefix) {
        rw.writeLock().lock();
        try {
            ratesByHsCode.keySet().removeIf(code -> code.startsWith(chapterPrefix));
        } finally {
            rw.writeLock().unlock();
        }
    }

    public int cachedCodes() {
        rw.readLock().lock();
        try {
            return ratesByHsCode.size();
        } finally {
            rw.readLock().unlock();
        }
    }

    private static double fetchFromRegulator(String hsCode) {
        return (Math.abs(hsCode.hashCode()) % 250) / 10.0;
    }

    public static void main(String[] args) throws InterruptedException {
        TariffTableStore store = new TariffTableStore();
        ExecutorService brokers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 40_000; i++) {
            final int n = i;
            brokers.execute(() -> store.rateFor(String.format("%02d%04d", n % 97, n % 1_000)));
            if (n % 5_000 == 0) {
                brokers.execute(() -> store.invalidateChapter("1"));
            }
        }
        brokers.shutdown();
        brokers.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("cached=" + store.cachedCodes());
    }
}
