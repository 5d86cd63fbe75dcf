// EXPECT: none
package probe15b; import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Token source for service-to-service RPC calls. currentToken() is read by all
 * RPC caller threads; the "token-refresh" scheduler replaces the token ahead of
 * its expiry.
 */
public class ServiceTokenSource implements AutoCloseable {

    public interface IssuerClient {
        /** Returns {token, ttlSeconds}. */
        String[] issue(String audience);
    }

    static final class ServiceToken {
        String value;
        long expiresAtMillis;
        String audience;

        ServiceToken(String value, long expiresAtMillis, String audience) {
            this.value = value;
            this.expiresAtMillis = expiresAtMillis;
            this.audience = audience;
        }
    }

    private final IssuerClient issuer;
    private final String audience;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "token-refresh");
        t.setDaemon(true);
        return t;
    });
    private volatile ServiceToken current;

    public ServiceTokenSource(IssuerClient issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
        refresh();
        scheduler.scheduleAtFixedRate(this::refresh, 120, 120, TimeUnit.SECONDS);
    }

    public String currentToken() {
        ServiceToken token = current;
        if (token.expiresAtMillis < System.currentTimeMillis()) {
            throw new IllegalStateException("service token for " + token.audience + " expired");
        }
        return token.value;
    }

    private void refresh() {
        try {
            String[] issued = issuer.issue(audience);
            long expiresAt = System.currentTimeMillis() + Long.parseLong(issued[1]) * 1000L;
            current = new ServiceToken(issued[0], expiresAt, audience); // OK: volatile write publishes a fully constructed token that is never mutated afterwards
        } catch (RuntimeException e) {
            // keep the previous token
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
