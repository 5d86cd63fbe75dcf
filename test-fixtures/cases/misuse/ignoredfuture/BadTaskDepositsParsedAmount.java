package misuse.ignoredfuture;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The reward tasks deposit an amount they were handed, which may be zero or negative: deposit() then
 * throws, and the dropped future loses the exception.
 */
public class BadTaskDepositsParsedAmount {
    private long gold;

    public synchronized void deposit(String member, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("deposit must be positive: " + amount);
        }
        gold += amount;
    }

    public static void reward(BadTaskDepositsParsedAmount treasury, ExecutorService workers, long amount) {
        for (int i = 0; i < 100; i++) {
            String member = "m-" + i;
            workers.submit(() -> treasury.deposit(member, amount)); // expect: IgnoredFuture['`BadTaskDepositsParsedAmount.deposit` throws `IllegalArgumentException`']
        }
    }

    public static void main(String[] args) {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        reward(new BadTaskDepositsParsedAmount(), workers, Long.parseLong(args[0]));
        workers.shutdown();
    }
}
