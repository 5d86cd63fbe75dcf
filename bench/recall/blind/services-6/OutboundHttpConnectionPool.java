// EXPECT: blocking-while-holding-lock @ line 55
package probe6a;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Bounded pool of keep-alive connections to the downstream shipping-rates API.
 *
 * <p>Request threads of the quoting service call {@link #acquire()} / {@link #release} around
 * every downstream call. When the pool is exhausted, callers back off and retry.
 */
public final class OutboundHttpConnectionPool {

    private static final long RETRY_BACKOFF_MILLIS = 25;

    static final class OutboundConnection {
        final String host;
        final int id;
        boolean connected;

        OutboundConnection(String host, int id) {
            this.host = host;
            this.id = id;
        }

        /** Establishes the TCP connection lazily; done by the caller outside the pool. */
        void ensureConnected() {
            connected = true;
        }
    }

    private final String host;
    private final int maxConnections;
    private final Deque<OutboundConnection> idle = new ArrayDeque<>();
    private int created;

    public OutboundHttpConnectionPool(String host, int maxConnections) {
        this.host = host;
        this.maxConnections = maxConnections;
    }

    public synchronized OutboundConnection acquire() throws InterruptedException {
        while (true) {
            OutboundConnection c = idle.pollFirst();
            if (c != null) {
                return c;
            }
            if (created < maxConnections) {
                return new OutboundConnection(host, created++);
            }
            Thread.sleep(RETRY_BACKOFF_MILLIS); // BUG: sleeps while holding the pool monitor; release() can never run, all callers stall
        }
    }

    public synchronized void release(OutboundConnection c) {
        idle.addFirst(c);
    }

    /** Called by each quoting request thread. */
    static void handleQuoteRequest(OutboundHttpConnectionPool pool) {
        try {
            OutboundConnection c = pool.acquire();
            try {
                c.ensureConnected();
                Thread.sleep(5); // simulated downstream round trip
            } finally {
                pool.release(c);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        OutboundHttpConnectionPool pool = new OutboundHttpConnectionPool("rates.shipping.internal", 4);
        ExecutorService requestThreads = Executors.newFixedThreadPool(20);
        for (int i = 0; i < 500; i++) {
            requestThreads.execute(() -> handleQuoteRequest(pool));
        }
        requestThreads.shutdown();
        if (!requestThreads.awaitTermination(10, TimeUnit.SECONDS)) {
            System.err.println("quote requests did not finish");
            requestThreads.shutdownNow();
        }
    }
}
