// EXPECT: unsafe-lazy-init @ line 55
package probe8a; import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolves client IPs to country codes for the request logging filter. The
 * service is a singleton and countryFor() is called concurrently by all request
 * handler threads. The database file is large, so it is loaded on first use.
 */
public class GeoIpLookupService {

    static final class GeoDatabase {
        private TreeMap<Long, String[]> ranges = new TreeMap<>();
        private int entryCount;

        static GeoDatabase load(Path file) {
            GeoDatabase db = new GeoDatabase();
            try {
                List<String> lines = Files.readAllLines(file);
                for (String line : lines) {
                    String[] parts = line.split(",");
                    if (parts.length == 3) {
                        db.ranges.put(Long.parseLong(parts[0]), new String[] {parts[1], parts[2]});
                        db.entryCount++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return db;
        }

        String lookup(long ip) {
            Map.Entry<Long, String[]> e = ranges.floorEntry(ip);
            if (e == null || ip > Long.parseLong(e.getValue()[0])) {
                return "ZZ";
            }
            return e.getValue()[1];
        }
    }

    private final Path dataFile;
    private GeoDatabase database;

    public GeoIpLookupService(Path dataFile) {
        this.dataFile = dataFile;
    }

    public String countryFor(String dottedIp) {
        if (database == null) database = GeoDatabase.load(dataFile); // BUG: racy lazy init of non-volatile field; duplicate loads and unsafely published GeoDatabase
        return database.lookup(toLong(dottedIp));
    }

    private static long toLong(String dottedIp) {
        long value = 0;
        for (String octet : dottedIp.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
