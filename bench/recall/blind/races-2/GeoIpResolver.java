// EXPECT: broken-double-checked-locking-unsafe-publication @ line 33
package probe2.races;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Maps IPv4 prefixes to country codes. The table is expensive to load, so it
 * is created lazily on first use by whichever request thread needs it.
 */
public final class GeoIpResolver {
    private static GeoIpResolver instance;

    private Map<String, String> countryByPrefix;
    private int loadedEntries;

    private GeoIpResolver() {
        countryByPrefix = new HashMap<>();
        String[] countries = {"US", "DE", "FR", "JP", "BR", "IN", "SE", "PL"};
        for (int a = 1; a < 224; a++) {
            countryByPrefix.put(a + ".", countries[a % countries.length]);
            loadedEntries++;
        }
    }

    public static GeoIpResolver getInstance() {
        if (instance == null) {
            synchronized (GeoIpResolver.class) {
                if (instance == null) {
                    instance = new GeoIpResolver(); // BUG: double-checked locking on a non-volatile field; readers may see the instance before its fields
                }
            }
        }
        return instance;
    }

    public String countryFor(String ipv4) {
        int dot = ipv4.indexOf('.');
        if (dot < 0) {
            return "??";
        }
        return countryByPrefix.getOrDefault(ipv4.substring(0, dot + 1), "??");
    }

    public int size() {
        return loadedEntries;
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            String ip = (i % 223 + 1) + ".20.30." + (i % 250);
            requestThreads.execute(() -> getInstance().countryFor(ip));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("entries=" + getInstance().size());
    }
}
