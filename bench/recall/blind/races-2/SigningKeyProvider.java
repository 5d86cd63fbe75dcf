// EXPECT: none
package probe2.races;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// OK: lazily-loaded key set uses double-checked locking on a volatile field, reading it once into a local
public class SigningKeyProvider {

    static final class KeySet {
        private final Map<String, byte[]> keysById;
        private final String activeKeyId;

        KeySet(Map<String, byte[]> keysById, String activeKeyId) {
            this.keysById = Map.copyOf(keysById);
            this.activeKeyId = activeKeyId;
        }

        byte[] key(String id) {
            byte[] k = keysById.get(id);
            return k == null ? null : k.clone();
        }
    }

    private volatile KeySet keySet;
    private final String issuer;

    public SigningKeyProvider(String issuer) {
        this.issuer = issuer;
    }

    private KeySet keys() {
        KeySet local = keySet;
        if (local == null) {
            synchronized (this) {
                local = keySet;
                if (local == null) {
                    local = loadKeys();
                    keySet = local;
                }
            }
        }
        return local;
    }

    private KeySet loadKeys() {
        Map<String, byte[]> keys = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            byte[] material = new byte[32];
            for (int b = 0; b < material.length; b++) {
                material[b] = (byte) (issuer.hashCode() * (i + 1) + b);
            }
            keys.put(issuer + "-k" + i, material);
        }
        return new KeySet(keys, issuer + "-k2");
    }

    public String activeKeyId() {
        return keys().activeKeyId;
    }

    public boolean verify(String keyId, byte[] signature) {
        byte[] key = keys().key(keyId);
        return key != null && signature.length > 0 && (key[0] ^ signature[0]) == 0;
    }

    public static void main(String[] args) throws InterruptedException {
        SigningKeyProvider provider = new SigningKeyProvider("auth.example.com");
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            byte[] sig = {(byte) i};
            requestThreads.execute(() -> provider.verify(provider.activeKeyId(), sig));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("active=" + provider.activeKeyId());
    }
}
