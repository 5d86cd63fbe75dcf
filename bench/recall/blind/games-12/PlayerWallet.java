// EXPECT: data-race-on-a-field @ line 43
package probe12c; import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Soft-currency wallet for one player. Match rewards are credited from the
 * reward worker pool while the housing upkeep job charges rent on a
 * scheduler thread; both touch the same wallet instance.
 */
public class PlayerWallet {
    private final String playerId;
    private long balance;
    private long lifetimeEarned;

    public PlayerWallet(String playerId, long initialBalance) {
        this.playerId = playerId;
        this.balance = initialBalance;
    }

    public synchronized void credit(long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("credit must be positive: " + amount);
        }
        balance += amount;
        lifetimeEarned += amount;
    }

    public synchronized long balance() {
        return balance;
    }

    public synchronized long lifetimeEarned() {
        return lifetimeEarned;
    }

    /** Charged once per upkeep period; balance may go negative (debt). */
    public void chargeUpkeep(long fee) {
        if (fee <= 0) {
            return;
        }
        balance -= fee; // BUG: unsynchronized read-modify-write of balance races with synchronized credit()
    }

    public String playerId() {
        return playerId;
    }

    public static void main(String[] args) throws InterruptedException {
        PlayerWallet wallet = new PlayerWallet("p-1042", 500);
        ExecutorService rewardWorkers = Executors.newFixedThreadPool(4);
        ScheduledExecutorService upkeep = Executors.newSingleThreadScheduledExecutor();

        upkeep.scheduleAtFixedRate(() -> wallet.chargeUpkeep(3), 0, 1, TimeUnit.MILLISECONDS);
        for (int match = 0; match < 10_000; match++) {
            rewardWorkers.submit(() -> wallet.credit(5));
        }

        rewardWorkers.shutdown();
        rewardWorkers.awaitTermination(10, TimeUnit.SECONDS);
        upkeep.shutdown();
        upkeep.awaitTermination(1, TimeUnit.SECONDS);
        System.out.println(wallet.playerId() + " balance=" + wallet.balance()
                + " earned=" + wallet.lifetimeEarned());
    }
}
