// EXPECT: none
package probe10b; import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Order entry session backed by a book and a credit checker. Orders arrive on
 * the session pool, credit changes arrive on the credit-feed thread. All code
 * that needs both monitors acquires them in one global order: credit, then book.
 */
public class ExchangeSession {

    record Order(long id, String account, long qty, long price) {
        long notional() {
            return qty * price;
        }
    }

    static final class Book {
        private final Map<Long, Order> resting = new HashMap<>();
        private final CreditChecker credit;

        Book(CreditChecker credit) {
            this.credit = credit;
        }

        boolean submit(Order order) {
            synchronized (credit) {
                synchronized (this) { // OK: same global order (credit -> book) as CreditChecker.reduceLine, so no cycle
                    if (!credit.reserve(order)) {
                        return false;
                    }
                    resting.put(order.id(), order);
                    return true;
                }
            }
        }

        synchronized int pullAccount(String account) {
            int pulled = 0;
            Iterator<Order> it = resting.values().iterator();
            while (it.hasNext()) {
                if (it.next().account().equals(account)) {
                    it.remove();
                    pulled++;
                }
            }
            return pulled;
        }

        synchronized int depth() {
            return resting.size();
        }
    }

    static final class CreditChecker {
        private final Map<String, Long> used = new HashMap<>();
        private final Map<String, Long> lines = new HashMap<>();
        private Book book;

        void bind(Book b) {
            this.book = b;
        }

        synchronized boolean reserve(Order order) {
            long current = used.getOrDefault(order.account(), 0L);
            long line = lines.getOrDefault(order.account(), Long.MAX_VALUE);
            if (current + order.notional() > line) {
                return false;
            }
            used.put(order.account(), current + order.notional());
            return true;
        }

        synchronized void reduceLine(String account, long newLine) {
            lines.put(account, newLine);
            if (used.getOrDefault(account, 0L) > newLine) {
                int pulled = book.pullAccount(account);
                used.put(account, 0L);
                System.out.println("pulled " + pulled + " orders for " + account);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        CreditChecker credit = new CreditChecker();
        Book book = new Book(credit);
        credit.bind(book);

        ExecutorService sessions = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 10_000; i++) {
            long id = i;
            sessions.submit(() -> book.submit(new Order(id, "ACC" + (id % 7), 10, 100)));
        }

        Thread creditFeed = new Thread(() -> {
            for (int i = 0; i < 1_000; i++) {
                credit.reduceLine("ACC" + (i % 7), 5_000);
            }
        }, "credit-feed");
        creditFeed.start();

        creditFeed.join();
        sessions.shutdown();
        sessions.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("depth=" + book.depth());
    }
}
