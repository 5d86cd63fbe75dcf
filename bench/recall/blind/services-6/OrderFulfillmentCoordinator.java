// EXPECT: lock-order-deadlock @ line 67
package probe6a;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wires the order book and the payment settlement ledger together.
 *
 * <p>Payment webhooks arrive on the HTTP worker pool and call {@link OrderBook#markPaid}.
 * Independently, a scheduled reconciler calls {@link PaymentSettlement#reconcile} every few
 * seconds.
 */
public final class OrderFulfillmentCoordinator {

    enum OrderState { OPEN, PAID, CANCELLED }

    /** Authoritative order state. All methods lock the order book's monitor. */
    static final class OrderBook {
        private final Map<String, OrderState> orders = new HashMap<>();
        private PaymentSettlement settlement;

        void attach(PaymentSettlement settlement) {
            this.settlement = settlement;
        }

        synchronized void place(String orderId) {
            orders.put(orderId, OrderState.OPEN);
        }

        /** Called from the payment-provider webhook. */
        synchronized void markPaid(String orderId, long amountCents) {
            if (orders.get(orderId) == OrderState.OPEN) {
                orders.put(orderId, OrderState.PAID);
                settlement.recordSettled(orderId, amountCents); // locks OrderBook, then PaymentSettlement
            }
        }

        synchronized boolean isCancelled(String orderId) {
            return orders.get(orderId) == OrderState.CANCELLED;
        }
    }

    /** Ledger of money we expect the provider to pay out. All methods lock the ledger's monitor. */
    static final class PaymentSettlement {
        private final Map<String, Long> pendingPayouts = new HashMap<>();
        private final OrderBook orderBook;

        PaymentSettlement(OrderBook orderBook) {
            this.orderBook = orderBook;
        }

        synchronized void recordSettled(String orderId, long amountCents) {
            pendingPayouts.put(orderId, amountCents);
        }

        /** Drops payouts for orders that were cancelled after payment. */
        synchronized void reconcile() {
            List<String> refunds = new ArrayList<>();
            for (String orderId : pendingPayouts.keySet()) {
                if (orderBook.isCancelled(orderId)) { // BUG: locks PaymentSettlement then OrderBook, opposite order to markPaid -> deadlock
                    refunds.add(orderId);
                }
            }
            refunds.forEach(pendingPayouts::remove);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        OrderBook book = new OrderBook();
        PaymentSettlement settlement = new PaymentSettlement(book);
        book.attach(settlement);

        ScheduledExecutorService reconciler = Executors.newSingleThreadScheduledExecutor();
        reconciler.scheduleWithFixedDelay(settlement::reconcile, 0, 5, TimeUnit.MILLISECONDS);

        ExecutorService webhookWorkers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            String id = "ord-" + i;
            book.place(id);
            webhookWorkers.execute(() -> book.markPaid(id, 1999));
        }
        webhookWorkers.shutdown();
        webhookWorkers.awaitTermination(10, TimeUnit.SECONDS);
        reconciler.shutdownNow();
    }
}
