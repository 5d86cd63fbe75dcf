package publication.thisescape;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The same providers, but the wrapped provider's inner class also asks the token source for the next
 * provider, which reads the round-robin index the load balancer sets only after handing itself over:
 * another thread authenticating then can see it unset.
 */
public class BadKeeperCallsLateStateThroughInnerClass implements LateTokenSource {

    static final class Provider implements LateTokenSource {
        private final AtomicInteger calls = new AtomicInteger();
        private LateTokenSource tokenSource = this;

        void setTokenSource(LateTokenSource source) {
            tokenSource = source;
        }

        Runnable authenticator() {
            return new Runnable() {
                @Override
                public void run() {
                    System.out.println(tokenSource.selectToken("creds") + tokenSource.nextProvider());
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

    public BadKeeperCallsLateStateThroughInnerClass(String service, Provider[] providers) {
        this.service = service;
        this.providers = providers;
        for (Provider p : providers) {
            p.setTokenSource(this); // expect: ThisEscape['`currentIdx` is assigned only after it']
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
interface LateTokenSource {
    String selectToken(String credentials);

    int nextProvider();
}
