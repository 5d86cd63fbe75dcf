// EXPECT: none
package probe.dl;

/** Settles payments between merchant ledgers. Safe to call from any thread. */
// OK: both ledger monitors are always taken in ascending account-number order (tie lock for equal numbers), so opposite-direction settlements cannot deadlock
public class PaymentSettlementService {

    private static final Object TIE_LOCK = new Object();

    public static final class MerchantLedger {
        final long accountNo;
        private long balanceCents;

        public MerchantLedger(long accountNo, long balanceCents) {
            this.accountNo = accountNo;
            this.balanceCents = balanceCents;
        }

        public synchronized long balance() {
            return balanceCents;
        }
    }

    public boolean settle(MerchantLedger payer, MerchantLedger payee, long amountCents) {
        int order = Long.compare(payer.accountNo, payee.accountNo);
        MerchantLedger first = order <= 0 ? payer : payee;
        MerchantLedger second = order <= 0 ? payee : payer;
        if (order == 0 && payer != payee) {
            synchronized (TIE_LOCK) {
                return lockBothAndMove(first, second, payer, payee, amountCents);
            }
        }
        return lockBothAndMove(first, second, payer, payee, amountCents);
    }

    private static boolean lockBothAndMove(MerchantLedger first, MerchantLedger second,
                                           MerchantLedger payer, MerchantLedger payee, long amountCents) {
        synchronized (first) {
            synchronized (second) {
                if (payer.balanceCents < amountCents) {
                    return false;
                }
                payer.balanceCents -= amountCents;
                payee.balanceCents += amountCents;
                return true;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PaymentSettlementService service = new PaymentSettlementService();
        MerchantLedger shop = new MerchantLedger(1001, 1_000_000);
        MerchantLedger supplier = new MerchantLedger(2002, 1_000_000);
        Thread sales = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                service.settle(shop, supplier, 10);
            }
        }, "sales-settlement");
        Thread refunds = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                service.settle(supplier, shop, 10);
            }
        }, "refund-settlement");
        sales.start();
        refunds.start();
        sales.join();
        refunds.join();
        System.out.println("total = " + (shop.balance() + supplier.balance()));
    }
}
