// EXPECT: unguarded-read @ line 43
package probe9c; import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Caches the OAuth access token for the partner API. A scheduler thread
 * refreshes it ahead of expiry; outbound calls running on virtual threads
 * read it via {@link #currentToken()}.
 */
public class ApiTokenProvider implements AutoCloseable {

    private static final Duration TOKEN_TTL = Duration.ofMinutes(10);

    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "token-refresher");
        t.setDaemon(true);
        return t;
    });

    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public void start() {
        refresh();
        refresher.scheduleAtFixedRate(this::refresh, 8, 8, TimeUnit.MINUTES);
    }

    synchronized void refresh() {
        String fresh = "at_" + UUID.randomUUID();
        token = fresh;
        expiresAt = Instant.now().plus(TOKEN_TTL);
    }

    public String currentToken() {
        if (Instant.now().isBefore(expiresAt)) return token; // BUG: reads token/expiresAt without the lock that refresh() writes them under; may see a stale or mismatched pair
        throw new IllegalStateException("partner API token expired");
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }

    public static void main(String[] args) throws Exception {
        try (ApiTokenProvider tokens = new ApiTokenProvider();
             ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            tokens.start();
            List<Future<String>> responses = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                int orderNo = i;
                responses.add(calls.submit(() -> {
                    String bearer = tokens.currentToken();
                    Thread.sleep(5);
                    return "order " + orderNo + " sent with " + bearer.substring(0, 8);
                }));
            }
            for (Future<String> f : responses) {
                f.get();
            }
            System.out.println("sent " + responses.size() + " partner calls");
        }
    }
}
