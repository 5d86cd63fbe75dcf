// EXPECT: none
package probe9c; import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Holds the current webhook signing key. A scheduler thread rotates it;
 * webhook deliveries running on virtual threads read it via
 * {@link #currentKey()}.
 */
public class SigningKeyProvider implements AutoCloseable {

    private static final Duration KEY_TTL = Duration.ofHours(1);

    record KeyState(String keyId, String secret, Instant expiresAt) { }

    private final ScheduledExecutorService rotator = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "key-rotator");
        t.setDaemon(true);
        return t;
    });

    private volatile KeyState state = new KeyState("none", "", Instant.EPOCH);

    public void start() {
        rotate();
        rotator.scheduleAtFixedRate(this::rotate, 45, 45, TimeUnit.MINUTES);
    }

    synchronized void rotate() {
        byte[] secret = new byte[32];
        ThreadLocalRandom.current().nextBytes(secret);
        String keyId = "k" + Long.toHexString(System.nanoTime());
        state = new KeyState(keyId, Base64.getEncoder().encodeToString(secret), Instant.now().plus(KEY_TTL));
    }

    public KeyState currentKey() {
        KeyState snapshot = state; // OK: single volatile read of an immutable record; keyId, secret and expiry are always published together
        if (Instant.now().isBefore(snapshot.expiresAt())) {
            return snapshot;
        }
        throw new IllegalStateException("webhook signing key expired");
    }

    @Override
    public void close() {
        rotator.shutdownNow();
    }

    public static void main(String[] args) throws Exception {
        try (SigningKeyProvider keys = new SigningKeyProvider();
             ExecutorService deliveries = Executors.newVirtualThreadPerTaskExecutor()) {
            keys.start();
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                int eventNo = i;
                sent.add(deliveries.submit(() -> {
                    KeyState key = keys.currentKey();
                    Thread.sleep(5);
                    return "event " + eventNo + " signed with " + key.keyId();
                }));
            }
            for (Future<String> f : sent) {
                f.get();
            }
            System.out.println("delivered " + sent.size() + " webhooks");
        }
    }
}
