// EXPECT: none
package probe12c; import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sign-up roster for a scheduled raid. Sign-ups arrive through the gateway's
 * request pool, so reserve/withdraw run concurrently.
 */
public class RaidRoster {
    private final String raidId;
    private final int maxParticipants;
    private final AtomicInteger reserved = new AtomicInteger();
    private final Queue<String> participants = new ConcurrentLinkedQueue<>();

    public RaidRoster(String raidId, int maxParticipants) {
        this.raidId = raidId;
        this.maxParticipants = maxParticipants;
    }

    public boolean reserve(String playerId) {
        while (true) {
            int current = reserved.get();
            if (current >= maxParticipants) { // OK: the seat is only taken by the compareAndSet below, which fails and retries if current changed
                return false;
            }
            if (reserved.compareAndSet(current, current + 1)) {
                participants.add(playerId);
                return true;
            }
        }
    }

    public void withdraw(String playerId) {
        if (participants.remove(playerId)) {
            reserved.decrementAndGet();
        }
    }

    public int reserved() {
        return reserved.get();
    }

    public List<String> snapshot() {
        return List.copyOf(participants);
    }

    public String raidId() {
        return raidId;
    }

    public static void main(String[] args) throws InterruptedException {
        RaidRoster roster = new RaidRoster("molten-core-thu", 40);
        ExecutorService gateway = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 500; i++) {
            String player = "player-" + i;
            gateway.submit(() -> roster.reserve(player));
        }
        gateway.shutdown();
        gateway.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(roster.raidId() + " reserved=" + roster.reserved()
                + " participants=" + roster.snapshot().size());
    }
}
