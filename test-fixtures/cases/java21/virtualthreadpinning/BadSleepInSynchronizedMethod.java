package java21.virtualthreadpinning;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A rate cache on a virtual-thread-per-request executor: the synchronized lookup sleeps, pinning the carrier. */
public class BadSleepInSynchronizedMethod {
    private final ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor(); // related: VirtualThreadPinning['makes virtual threads']
    private final Map<String, Double> rates = new HashMap<>();

    public void handle(String currency) {
        requests.execute(() -> rate(currency)); // related: VirtualThreadPinning['runs the task on a virtual thread']
    }

    synchronized double rate(String currency) { // related: VirtualThreadPinning['takes the monitor of `this`']
        Double known = rates.get(currency);
        if (known == null) {
            try {
                Thread.sleep(50); // expect: VirtualThreadPinning['`Thread.sleep()` blocks inside synchronized method `BadSleepInSynchronizedMethod.rate`'], VirtualThreadPinning['a task handed to `requests.execute(...)`'], VirtualThreadPinning['pinned to its carrier'], BlockingUnderLock
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
            known = currency.length() / 10.0;
            rates.put(currency, known);
        }
        return known;
    }
}
