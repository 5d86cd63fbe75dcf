// EXPECT: lambda-writes-enclosing-field-read-under-lock @ line 33
package probe2.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Charges payments through the gateway on a worker pool and trips a simple
 * circuit breaker after too many consecutive gateway failures.
 */
public class PaymentRetryCoordinator {
    private final ExecutorService chargeWorkers = Executors.newFixedThreadPool(4);
    private final int failureThreshold;
    private int consecutiveFailures;
    private long successfulCharges;

    public PaymentRetryCoordinator(int failureThreshold) {
        this.failureThreshold = failureThreshold;
    }

    public Future<?> charge(String paymentId, long amountCents) {
        if (isCircuitOpen()) {
            throw new IllegalStateException("gateway circuit open, rejecting " + paymentId);
        }
        return chargeWorkers.submit(() -> {
            boolean ok = callGateway(paymentId, amountCents);
            if (ok) {
                onSuccess();
            } else {
                consecutiveFailures++; // BUG: pool lambda increments enclosing field without the monitor used by isCircuitOpen/onSuccess
            }
        });
    }

    private synchronized void onSuccess() {
        consecutiveFailures = 0;
        successfulCharges++;
    }

    public synchronized boolean isCircuitOpen() {
        return consecutiveFailures >= failureThreshold;
    }

    public synchronized long successfulCharges() {
        return successfulCharges;
    }

    public synchronized void resetCircuit() {
        consecutiveFailures = 0;
    }

    private static boolean callGateway(String paymentId, long amountCents) {
        return (paymentId.hashCode() ^ amountCents) % 3 != 0;
    }

    public void shutdown() {
        chargeWorkers.shutdown();
    }

    public static void main(String[] args) throws Exception {
        PaymentRetryCoordinator coordinator = new PaymentRetryCoordinator(50);
        List<Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            try {
                pending.add(coordinator.charge("pay-" + i, 1_000 + i));
            } catch (IllegalStateException open) {
                coordinator.resetCircuit();
            }
        }
        for (Future<?> f : pending) {
            f.get();
        }
        coordinator.shutdown();
        System.out.println("ok=" + coordinator.successfulCharges() + " open=" + coordinator.isCircuitOpen());
    }
}
