package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reward tasks each deposit a constant 2 into a treasury whose deposit() throws only for an amount that is
 * not positive: the task's own arguments rule the throw out, so a dropped future loses nothing. The
 * look-alike BadTaskDepositsParsedAmount deposits what it parsed.
 */
public class GoodTaskArgumentsRuleOutTheThrow {
    private long gold;

    public synchronized void deposit(String member, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("deposit must be positive: " + amount);
        }
        gold += amount;
    }

    public static void reward(GoodTaskArgumentsRuleOutTheThrow treasury, ExecutorService workers) {
        for (int i = 0; i < 100; i++) {
            String member = "m-" + i;
            workers.submit(() -> treasury.deposit(member, 2));
        }
    }

    public static void main(String[] args) {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        reward(new GoodTaskArgumentsRuleOutTheThrow(), workers);
        workers.shutdown();
    }
}
