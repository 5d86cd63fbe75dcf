// EXPECT: static-init-joins-thread-touching-class @ line 28
package probe2.dl;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps IPv4 /16 prefixes to serving regions. The table is populated once, when
 * the class is first used, on a loader thread (it used to read a large file).
 */
public final class GeoRegionTable {
    private static final String[] SEED = {
        "10.0=us-east", "10.1=us-west", "10.2=eu-central", "10.3=ap-south",
        "172.16=us-east", "172.17=eu-west", "192.168=on-prem"
    };
    private static final Map<String, String> PREFIX_TO_REGION = new HashMap<>();
    private static final String DEFAULT_REGION = "us-east";

    static {
        Thread loader = new Thread(() -> {
            for (String entry : SEED) {
                int eq = entry.indexOf('=');
                PREFIX_TO_REGION.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }, "geo-table-loader");
        loader.start();
        try {
            loader.join(); // BUG: class initializer waits for a thread that touches GeoRegionTable statics (SEED, PREFIX_TO_REGION, the lambda body); that thread blocks on the class-init lock held here -> deadlock
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExceptionInInitializerError(e);
        }
    }

    private GeoRegionTable() {
    }

    public static String regionFor(String ipv4) {
        String[] octets = ipv4.split("\\.");
        if (octets.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + ipv4);
        }
        String region = PREFIX_TO_REGION.get(octets[0] + "." + octets[1]);
        return region != null ? region : DEFAULT_REGION;
    }

    public static int size() {
        return PREFIX_TO_REGION.size();
    }

    public static void main(String[] args) {
        System.out.println(regionFor("10.2.33.4"));
        System.out.println(regionFor("8.8.8.8"));
        System.out.println(size() + " prefixes loaded");
    }
}
