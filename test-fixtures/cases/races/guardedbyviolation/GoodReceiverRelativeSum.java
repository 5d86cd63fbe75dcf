package races.guardedbyviolation;

import net.jcip.annotations.GuardedBy;

/** Reads each account's balance while holding that account's own monitor: the guard "this" is relative to the receiver. */
public class GoodReceiverRelativeSum {
    @GuardedBy("this")
    private long balance;

    public synchronized void deposit(long amount) {
        balance += amount;
    }

    public static long combined(GoodReceiverRelativeSum first, GoodReceiverRelativeSum second) {
        long sum;
        synchronized (first) {
            sum = first.balance;
        }
        synchronized (second) {
            sum += second.balance;
        }
        return sum;
    }
}
