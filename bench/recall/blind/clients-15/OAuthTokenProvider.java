// EXPECT: unsafe-publication @ line 56
package probe15b; import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Supplies bearer tokens to the HTTP client. authorizationHeader() is called by
 * every request thread; a scheduled task fetches a new token before the current
 * one expires and swaps it in.
 */
public class OAuthTokenProvider implements AutoCloseable {

    public interface TokenEndpoint {
        /** Returns {accessToken, expiresInSeconds}. */
        String[] requestToken(String clientId, String clientSecret);
    }

    static final class AccessToken {
        String value;
        long expiresAtMillis;
        String scope;

        AccessToken(String value, long expiresAtMillis, String scope) {
            this.value = value;
            this.expiresAtMillis = expiresAtMillis;
            this.scope = scope;
        }
    }

    private final TokenEndpoint endpoint;
    private final String clientId;
    private final String clientSecret;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private AccessToken current;

    public OAuthTokenProvider(TokenEndpoint endpoint, String clientId, String clientSecret) {
        this.endpoint = endpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        refresh();
        scheduler.scheduleAtFixedRate(this::refresh, 240, 240, TimeUnit.SECONDS);
    }

    public String authorizationHeader() {
        AccessToken token = current;
        if (token.expiresAtMillis < System.currentTimeMillis()) {
            throw new IllegalStateException("access token expired for scope " + token.scope);
        }
        return "Bearer " + token.value;
    }

    private void refresh() {
        try {
            String[] response = endpoint.requestToken(clientId, clientSecret);
            long expiresAt = System.currentTimeMillis() + Long.parseLong(response[1]) * 1000L;
            current = new AccessToken(response[0], expiresAt, "api"); // BUG: mutable token published through a plain field; request threads may see it with null value/0 expiry
        } catch (RuntimeException e) {
            // keep the old token; the next run retries
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
