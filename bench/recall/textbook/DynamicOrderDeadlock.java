// EXPECT: deadlock-lock-order @ line 9
package recall;

public class DynamicOrderDeadlock {

    public static void transferMoney(Account fromAccount, Account toAccount, int amount)
            throws InsufficientFundsException {
        synchronized (fromAccount) {
            synchronized (toAccount) {
                if (fromAccount.getBalance() < amount)
                    throw new InsufficientFundsException();
                fromAccount.debit(amount);
                toAccount.credit(amount);
            }
        }
    }

    public static class Account {
        private int balance;

        public Account(int balance) {
            this.balance = balance;
        }

        int getBalance() {
            return balance;
        }

        void debit(int amt) {
            balance -= amt;
        }

        void credit(int amt) {
            balance += amt;
        }
    }

    public static class InsufficientFundsException extends Exception {
    }

    public static void main(String[] args) {
        Account a = new Account(1_000_000);
        Account b = new Account(1_000_000);
        Runnable ab = () -> {
            for (int i = 0; i < 100_000; i++) {
                try {
                    transferMoney(a, b, 1);
                } catch (InsufficientFundsException ignored) {
                }
            }
        };
        Runnable ba = () -> {
            for (int i = 0; i < 100_000; i++) {
                try {
                    transferMoney(b, a, 1);
                } catch (InsufficientFundsException ignored) {
                }
            }
        };
        new Thread(ab).start();
        new Thread(ba).start();
    }
}
