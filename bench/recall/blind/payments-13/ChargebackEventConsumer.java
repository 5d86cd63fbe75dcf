// EXPECT: none
package probe13a; import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applies chargeback notifications from the card network to per-merchant dispute totals.
 * Webhook handler threads enqueue events; a single background worker applies them.
 * {@link #stop} is called on service shutdown.
 */
public class ChargebackEventConsumer {

    public record ChargebackEvent(String merchantId, String caseId, long amountMinor) {}

    private final BlockingQueue<ChargebackEvent> events = new LinkedBlockingQueue<>();
    private final Map<String, AtomicLong> disputedByMerchant = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "chargeback-consumer"));

    public void start() {
        worker.execute(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    ChargebackEvent event = events.take();
                    disputedByMerchant.computeIfAbsent(event.merchantId(), k -> new AtomicLong())
                            .addAndGet(event.amountMinor());
                } catch (InterruptedException e) { // OK: interrupt status is restored below, so the loop condition ends the worker
                    Thread.currentThread().interrupt();
                }
            }
        });
    }

    public void onWebhook(ChargebackEvent event) {
        events.offer(event);
    }

    public long disputedTotal(String merchantId) {
        AtomicLong total = disputedByMerchant.get(merchantId);
        return total == null ? 0 : total.get();
    }

    public boolean stop() throws InterruptedException {
        worker.shutdownNow();
        return worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        ChargebackEventConsumer consumer = new ChargebackEventConsumer();
        consumer.start();
        ExecutorService webhookHandlers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 400; i++) {
            ChargebackEvent e = new ChargebackEvent("M-" + (i % 10), "CB-" + i, 1_500);
            webhookHandlers.execute(() -> consumer.onWebhook(e));
        }
        webhookHandlers.shutdown();
        webhookHandlers.awaitTermination(5, TimeUnit.SECONDS);
        Thread.sleep(200);
        System.out.println("M-3 disputed: " + consumer.disputedTotal("M-3"));
        System.out.println("consumer stopped cleanly: " + consumer.stop());
    }
}
