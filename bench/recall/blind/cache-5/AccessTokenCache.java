// EXPECT: none
package probe5.cache;

// OK: every read-modify-write goes through ConcurrentHashMap's atomic compute / remove(key, value); tokens are immutable records

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Caches access tokens per client id and transparently re-issues them when they
 * expire. Safe to call from any number of request threads.
 */
public class AccessTokenCache {

    /** An issued token. */
    public record Token(String clientId, String value, long expiresAtMillis) {
        boolean expiredAt(long nowMillis) {
            return expiresAtMillis <= nowMillis;
        }
    }

    private final ConcurrentHashMap<String, Token> tokens = new ConcurrentHashMap<>();
    private final AtomicLong issued = new AtomicLong();
    private final long lifetimeMillis;

    public AccessTokenCache(long lifetimeMillis) {
        this.lifetimeMillis = lifetimeMillis;
    }

    /** Returns a valid token for {@code clientId}, issuing a new one if needed. */
    public Token tokenFor(String clientId, long nowMillis) {
        Token cached = tokens.get(clientId);
        if (cached != null && !cached.expiredAt(nowMillis)) {
            return cached;
        }
        // Re-check and replace atomically: only one thread issues the replacement.
        return tokens.compute(clientId,
                (id, current) -> current == null || current.expiredAt(nowMillis) ? issue(id, nowMillis) : current);
    }

    /** Drops expired tokens, never removing one that was concurrently refreshed. */
    public void evictExpired(long nowMillis) {
        for (Map.Entry<String, Token> e : tokens.entrySet()) {
            if (e.getValue().expiredAt(nowMillis)) {
                tokens.remove(e.getKey(), e.getValue());
            }
        }
    }

    public long issuedCount() {
        return issued.get();
    }

    private Token issue(String clientId, long nowMillis) {
        long serial = issued.incrementAndGet();
        return new Token(clientId, clientId + "-" + serial, nowMillis + lifetimeMillis);
    }

    public static void main(String[] args) throws InterruptedException {
        AccessTokenCache cache = new AccessTokenCache(60_000);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int n = 0; n < 1_000; n++) {
                    cache.tokenFor("client-" + (n % 4), System.currentTimeMillis());
                }
                cache.evictExpired(System.currentTimeMillis());
            }, "request-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("tokens issued: " + cache.issuedCount());
    }
}
