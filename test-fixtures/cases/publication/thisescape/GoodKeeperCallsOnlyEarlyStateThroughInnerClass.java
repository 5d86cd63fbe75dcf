package publication.thisescape;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load-balancing provider hands itself, as the token source, to each of the providers it wraps, and
 * sets its round-robin index after that. A wrapped provider keeps it in a private field and calls only
 * {@code selectToken} on it, from an inner class of its own: that method reads the service name, set
 * before the hand-over, never the index; the interface's other methods are never called through the
 * field (hadoop's LoadBalancingKMSClientProvider and KMSClientProvider.setClientTokenProvider).
 */
public class GoodKeeperCallsOnlyEarlyStateThroughInnerClass implements EarlyTokenSource {

    static final class Provider implements EarlyTokenSource {
        private final AtomicInteger calls = new AtomicInteger();
        private EarlyTokenSource tokenSource = this;

        void setTokenSource(EarlyTokenSource source) {
            tokenSource = source;
        }

        Runnable authenticator() {
            return new Runnable() {
                @Override
                public void run() {
                    System.out.println(tokenSource.selectToken("creds"));
                }
            };
        }

        @Override
        public String selectToken(String credentials) {
            calls.incrementAndGet();
            return credentials;
        }

        @Override
        public int nextProvider() {
            return 0;
        }
    }

    private final String service;
    private final Provider[] providers;
    private final AtomicInteger currentIdx;

    public GoodKeeperCallsOnlyEarlyStateThroughInnerClass(String service, Provider[] providers) {
        this.service = service;
        this.providers = providers;
        for (Provider p : providers) {
            p.setTokenSource(this); // expect: ThisEscape['`this` escapes the constructor']
        }
        this.currentIdx = new AtomicInteger(0);
    }

    @Override
    public String selectToken(String credentials) {
        return service + ":" + credentials;
    }

    @Override
    public int nextProvider() {
        return currentIdx.getAndIncrement() % providers.length;
    }
}

/** What a provider asks its token source. */
interface EarlyTokenSource {
    String selectToken(String credentials);

    int nextProvider();
}
