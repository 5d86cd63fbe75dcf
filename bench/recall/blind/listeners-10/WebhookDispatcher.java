// EXPECT: inconsistent-locking-unlocked-read @ line 51
package probe10b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers domain events to registered webhook callbacks on a worker pool. A
 * scheduled health probe flags the dispatcher as stalled when nothing was
 * delivered recently.
 */
public class WebhookDispatcher {

    public interface Webhook {
        void post(String event);
    }

    private static final long STALL_MILLIS = 5_000;

    private final List<Webhook> hooks;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private long lastDeliveryMillis = System.currentTimeMillis();
    private long deliveredTotal;

    public WebhookDispatcher(List<Webhook> hooks) {
        this.hooks = List.copyOf(hooks);
    }

    public void dispatch(String event) {
        for (Webhook hook : hooks) {
            workers.submit(() -> {
                hook.post(event);
                recordDelivery();
            });
        }
    }

    private synchronized void recordDelivery() {
        lastDeliveryMillis = System.currentTimeMillis();
        deliveredTotal++;
    }

    public synchronized long deliveredTotal() {
        return deliveredTotal;
    }

    /** Called from the health-probe scheduler thread. */
    public boolean isStalled() {
        return System.currentTimeMillis() - lastDeliveryMillis > STALL_MILLIS; // BUG: reads lock-guarded long without the lock (stale or torn value)
    }

    public void shutdown() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        List<Webhook> hooks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            hooks.add(event -> { });
        }
        WebhookDispatcher dispatcher = new WebhookDispatcher(hooks);

        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        probe.scheduleAtFixedRate(() -> {
            if (dispatcher.isStalled()) {
                System.out.println("webhook dispatcher stalled");
            }
        }, 0, 100, TimeUnit.MILLISECONDS);

        for (int i = 0; i < 10_000; i++) {
            dispatcher.dispatch("order-" + i);
        }
        dispatcher.shutdown();
        probe.shutdownNow();
        System.out.println("delivered=" + dispatcher.deliveredTotal());
    }
}
