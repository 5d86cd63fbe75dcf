// EXPECT: none
package probe12c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shared guild bank. Members deposit loot from the reward worker pool and the
 * hall-maintenance job withdraws upkeep on a scheduler thread.
 */
public class GuildTreasury {
    private final String guildTag;
    private long gold;
    private final List<String> ledger = new ArrayList<>();

    public GuildTreasury(String guildTag, long startingGold) {
        this.guildTag = guildTag;
        this.gold = startingGold;
    }

    public synchronized void deposit(String memberId, long amount) {
        if (amount <= 0) {
            throw new IllegalArgumentException("deposit must be positive: " + amount);
        }
        applyDelta(amount, "deposit:" + memberId);
    }

    public synchronized void chargeMaintenance(long fee) {
        if (fee <= 0) {
            return;
        }
        applyDelta(-fee, "maintenance");
    }

    public synchronized long gold() {
        return gold;
    }

    public synchronized int ledgerSize() {
        return ledger.size();
    }

    private void applyDelta(long delta, String reason) {
        gold += delta; // OK: applyDelta is private and only called from synchronized methods holding this
        if (ledger.size() < 1_000) {
            ledger.add(reason + " " + delta);
        }
    }

    public String guildTag() {
        return guildTag;
    }

    public static void main(String[] args) throws InterruptedException {
        GuildTreasury treasury = new GuildTreasury("AXE", 10_000);
        ExecutorService rewardWorkers = Executors.newFixedThreadPool(4);
        ScheduledExecutorService maintenance = Executors.newSingleThreadScheduledExecutor();

        maintenance.scheduleAtFixedRate(() -> treasury.chargeMaintenance(7), 0, 1, TimeUnit.MILLISECONDS);
        for (int i = 0; i < 10_000; i++) {
            String member = "m-" + (i % 25);
            rewardWorkers.submit(() -> treasury.deposit(member, 2));
        }

        rewardWorkers.shutdown();
        rewardWorkers.awaitTermination(10, TimeUnit.SECONDS);
        maintenance.shutdown();
        maintenance.awaitTermination(1, TimeUnit.SECONDS);
        System.out.println(treasury.guildTag() + " gold=" + treasury.gold()
                + " entries=" + treasury.ledgerSize());
    }
}
