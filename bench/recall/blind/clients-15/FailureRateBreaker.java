// EXPECT: none
package probe15b; import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Circuit breaker guarding calls to a downstream HTTP service. The instance is
 * shared by the client's request threads; call() is invoked concurrently.
 * It opens after {@code tripAfter} consecutive failures and allows one trial
 * request once {@code coolDownMillis} have passed.
 */
public class FailureRateBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    public static final class BreakerOpenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BreakerOpenException(String service) {
            super("breaker open for " + service);
        }
    }

    private final String service;
    private final int tripAfter;
    private final long coolDownMillis;
    private final AtomicReference<State> state = new AtomicReference<>(State.CLOSED);
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile long openedAtMillis;

    public FailureRateBreaker(String service, int tripAfter, long coolDownMillis) {
        this.service = service;
        this.tripAfter = tripAfter;
        this.coolDownMillis = coolDownMillis;
    }

    public <T> T call(Callable<T> request) throws Exception {
        if (!tryAcquire()) {
            throw new BreakerOpenException(service);
        }
        try {
            T result = request.call();
            recordSuccess();
            return result;
        } catch (Exception e) {
            recordFailure();
            throw e;
        }
    }

    private boolean tryAcquire() {
        State s = state.get();
        if (s == State.CLOSED) {
            return true;
        }
        if (s == State.OPEN && System.currentTimeMillis() - openedAtMillis >= coolDownMillis) {
            return state.compareAndSet(State.OPEN, State.HALF_OPEN);
        }
        return false;
    }

    private void recordSuccess() {
        consecutiveFailures.set(0);
        state.set(State.CLOSED);
    }

    private void recordFailure() {
        int failures = consecutiveFailures.incrementAndGet(); // OK: single atomic read-modify-write, no failure is lost
        if (state.get() == State.HALF_OPEN || failures >= tripAfter) {
            openedAtMillis = System.currentTimeMillis();
            state.set(State.OPEN);
        }
    }

    public State state() {
        return state.get();
    }
}
