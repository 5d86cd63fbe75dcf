// EXPECT: race-write @ line 37
package recall3;

/**
 * Per-service request metrics. Instances are shared by all request threads of the service.
 */
@RequestMetrics.ThreadSafe
public class RequestMetrics {

    /** Instances may be used from many threads. */
    public @interface ThreadSafe {}

    /** The annotated field is only accessed while holding the named lock. */
    public @interface GuardedBy {
        String value();
    }

    @GuardedBy("this")
    private long requests;
    @GuardedBy("this")
    private long totalLatencyMillis;
    @GuardedBy("this")
    private long maxLatencyMillis;
    @GuardedBy("this")
    private long errors;

    public synchronized void recordSuccess(long latencyMillis) {
        requests++;
        totalLatencyMillis += latencyMillis;
        if (latencyMillis > maxLatencyMillis) {
            maxLatencyMillis = latencyMillis;
        }
    }

    /** Called from exception handlers on the hot path; kept lock-free. */
    public void recordError() {
        errors++;
    }

    public synchronized double errorRate() {
        long all = requests + errors;
        return all == 0 ? 0.0 : (double) errors / all;
    }

    public synchronized double meanLatencyMillis() {
        return requests == 0 ? 0.0 : (double) totalLatencyMillis / requests;
    }

    public synchronized String summary() {
        return "requests=" + requests + " errors=" + errors + " max=" + maxLatencyMillis + "ms";
    }
}
