// EXPECT: lost-update-on-plain-field @ line 27
package probe11a; import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Hands out queue tickets to customers arriving at the service kiosks of a branch office.
 * Each kiosk is driven by its own worker in a shared pool, so nextTicket() is invoked
 * by several threads at the same time.
 */
public class TicketNumberIssuer {

    private final String branchCode;
    private int nextValue;
    private final int rolloverAt;

    public TicketNumberIssuer(String branchCode, int firstValue, int rolloverAt) {
        this.branchCode = branchCode;
        this.nextValue = firstValue;
        this.rolloverAt = rolloverAt;
    }

    /** Returns the next ticket label, e.g. "B12-0042". */
    public String nextTicket() {
        int number = nextValue++; // BUG: unsynchronized read-modify-write on a plain field; two kiosks can receive the same number
        return String.format("%s-%04d", branchCode, number % rolloverAt);
    }

    public String branchCode() {
        return branchCode;
    }

    static final class Kiosk implements Runnable {
        private final int kioskId;
        private final TicketNumberIssuer issuer;
        private final int customers;
        private final Set<String> issued;

        Kiosk(int kioskId, TicketNumberIssuer issuer, int customers, Set<String> issued) {
            this.kioskId = kioskId;
            this.issuer = issuer;
            this.customers = customers;
            this.issued = issued;
        }

        @Override
        public void run() {
            for (int i = 0; i < customers; i++) {
                String ticket = issuer.nextTicket();
                if (!issued.add(ticket)) {
                    System.err.println("kiosk " + kioskId + " printed duplicate ticket " + ticket);
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TicketNumberIssuer issuer = new TicketNumberIssuer("B12", 1, 100_000);
        Set<String> issued = ConcurrentHashMap.newKeySet();
        ExecutorService kiosks = Executors.newFixedThreadPool(4);
        for (int k = 1; k <= 4; k++) {
            kiosks.submit(new Kiosk(k, issuer, 5_000, issued));
        }
        kiosks.shutdown();
        kiosks.awaitTermination(1, TimeUnit.MINUTES);
        System.out.println("distinct tickets issued: " + issued.size());
    }
}
