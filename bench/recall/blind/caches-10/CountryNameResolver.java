// EXPECT: unsafe-lazy-init @ line 23
package probe10c; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Maps ISO country codes to display names while enriching records.
 * One resolver is shared by the enrichment pool; displayName() is called concurrently.
 */
public class CountryNameResolver {

    private static final String[] RAW = {
        "DE;Germany", "FR;France", "IT;Italy", "ES;Spain", "NL;Netherlands",
        "BE;Belgium", "AT;Austria", "CH;Switzerland", "PL;Poland", "SE;Sweden"
    };

    private Map<String, String> names;

    private Map<String, String> names() {
        if (names == null) {
            names = new HashMap<>(); // BUG: unsynchronized lazy init publishes the map before it is filled; other threads see a partially populated HashMap being mutated
            for (String line : RAW) {
                int sep = line.indexOf(';');
                names.put(line.substring(0, sep), line.substring(sep + 1));
            }
        }
        return names;
    }

    public String displayName(String isoCode) {
        String name = names().get(isoCode);
        return name != null ? name : isoCode;
    }

    public int knownCountries() {
        return names().size();
    }

    public static void main(String[] args) throws InterruptedException {
        CountryNameResolver resolver = new CountryNameResolver();
        ExecutorService enrichment = Executors.newFixedThreadPool(4);
        String[] codes = {"DE", "SE", "PL", "XX"};
        for (int t = 0; t < 4; t++) {
            final String code = codes[t];
            enrichment.execute(() -> {
                for (int i = 0; i < 100; i++) {
                    resolver.displayName(code);
                }
            });
        }
        enrichment.shutdown();
        enrichment.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println(resolver.knownCountries());
    }
}
