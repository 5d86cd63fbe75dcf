// EXPECT: lazy-init-race @ line 34
package probe17b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lazily fetches the identity provider's JSON Web Key Set the first time a token has to
 * be verified. The authentication filter calls publicKeyFor() from every request thread.
 */
public class JwksKeyStore {

    static final class KeySet {
        private Map<String, String> keysById;
        private long fetchedAtMillis;

        KeySet(Map<String, String> keysById, long fetchedAtMillis) {
            this.keysById = new HashMap<>(keysById);
            this.fetchedAtMillis = fetchedAtMillis;
        }

        String lookup(String kid) {
            return keysById.get(kid);
        }

        long fetchedAt() {
            return fetchedAtMillis;
        }
    }

    private final String jwksUri;
    private KeySet keySet; // BUG: double-checked locking on a non-volatile field; readers may see a partially constructed KeySet

    public JwksKeyStore(String jwksUri) {
        this.jwksUri = jwksUri;
    }

    public String publicKeyFor(String kid) {
        KeySet ks = keySet;
        if (ks == null) {
            synchronized (this) {
                ks = keySet;
                if (ks == null) {
                    ks = fetch();
                    keySet = ks;
                }
            }
        }
        return ks.lookup(kid);
    }

    private KeySet fetch() {
        Map<String, String> keys = new HashMap<>();
        keys.put("k1", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + jwksUri.length());
        keys.put("k2", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEB" + jwksUri.length());
        return new KeySet(keys, System.currentTimeMillis());
    }

    public static void main(String[] args) throws InterruptedException {
        JwksKeyStore store = new JwksKeyStore("https://idp.example.com/.well-known/jwks.json");
        ExecutorService authFilterThreads = Executors.newFixedThreadPool(8);
        AtomicInteger missing = new AtomicInteger();
        for (int i = 0; i < 1_000; i++) {
            String kid = (i % 2 == 0) ? "k1" : "k2";
            authFilterThreads.execute(() -> {
                if (store.publicKeyFor(kid) == null) {
                    missing.incrementAndGet();
                }
            });
        }
        authFilterThreads.shutdown();
        authFilterThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("unresolved keys: " + missing.get());
    }
}
