// EXPECT: race-write @ line 23
package recall3;

import java.util.ArrayList;
import java.util.List;

/**
 * Bank-account benchmark: several teller threads deposit into and withdraw from one
 * shared account. Withdrawals are synchronized, deposits are not.
 */
public class BankAccountRace {

    static final class Account {
        private final String id;
        private int balance;

        Account(String id, int initialBalance) {
            this.id = id;
            this.balance = initialBalance;
        }

        void deposit(int amount) {
            balance += amount;
        }

        synchronized boolean withdraw(int amount) {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            return true;
        }

        synchronized int balance() {
            return balance;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Account account = new Account("ACC-1", 1_000);
        List<Thread> tellers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread teller = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    account.deposit(10);
                    account.withdraw(10);
                }
            }, "teller-" + t);
            tellers.add(teller);
            teller.start();
        }
        for (Thread teller : tellers) {
            teller.join();
        }
        System.out.println(account.id + " balance=" + account.balance() + " (expected 1000)");
    }
}
