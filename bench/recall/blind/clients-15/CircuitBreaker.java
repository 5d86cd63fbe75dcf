// EXPECT: compound-atomic-update @ line 68
package probe15b; import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Per-endpoint circuit breaker for the RPC client. One instance is shared by all
 * request threads that talk to the endpoint, so execute() runs concurrently.
 * After {@code failureThreshold} consecutive failures the breaker opens for
 * {@code openMillis}, then lets a single probe through (half-open).
 */
public class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    public static final class OpenCircuitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OpenCircuitException(String endpoint) {
            super("circuit open for " + endpoint);
        }
    }

    private final String endpoint;
    private final int failureThreshold;
    private final long openMillis;
    private final AtomicReference<State> state = new AtomicReference<>(State.CLOSED);
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile long openedAtMillis;

    public CircuitBreaker(String endpoint, int failureThreshold, long openMillis) {
        this.endpoint = endpoint;
        this.failureThreshold = failureThreshold;
        this.openMillis = openMillis;
    }

    public <T> T execute(Callable<T> call) throws Exception {
        if (!allowRequest()) {
            throw new OpenCircuitException(endpoint);
        }
        try {
            T result = call.call();
            onSuccess();
            return result;
        } catch (Exception e) {
            onFailure();
            throw e;
        }
    }

    private boolean allowRequest() {
        State s = state.get();
        if (s == State.CLOSED) {
            return true;
        }
        if (s == State.OPEN && System.currentTimeMillis() - openedAtMillis >= openMillis) {
            return state.compareAndSet(State.OPEN, State.HALF_OPEN);
        }
        return false;
    }

    private void onSuccess() {
        consecutiveFailures.set(0);
        state.set(State.CLOSED);
    }

    private void onFailure() {
        consecutiveFailures.set(consecutiveFailures.get() + 1); // BUG: get-then-set is not atomic; concurrent failures are lost and the breaker may never trip
        if (state.get() == State.HALF_OPEN || consecutiveFailures.get() >= failureThreshold) {
            openedAtMillis = System.currentTimeMillis();
            state.set(State.OPEN);
        }
    }

    public State state() {
        return state.get();
    }
}
