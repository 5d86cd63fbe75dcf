// EXPECT: check-then-act-or-compound-action-on-a-thread-safe-collection-or-atomic @ line 26
package probe12c; import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seat accounting for a single pre-game lobby. Join requests are handled by
 * the gateway's request pool, so tryJoin/leave run concurrently.
 */
public class LobbySlots {
    private final String lobbyId;
    private final int capacity;
    private final AtomicInteger occupied = new AtomicInteger();
    private final Queue<String> members = new ConcurrentLinkedQueue<>();

    public LobbySlots(String lobbyId, int capacity) {
        this.lobbyId = lobbyId;
        this.capacity = capacity;
    }

    public boolean tryJoin(String playerId) {
        if (occupied.get() < capacity) { // BUG: check-then-act on AtomicInteger; two joins can both pass and overfill the lobby
            occupied.incrementAndGet();
            members.add(playerId);
            return true;
        }
        return false;
    }

    public void leave(String playerId) {
        if (members.remove(playerId)) {
            occupied.decrementAndGet();
        }
    }

    public int occupied() {
        return occupied.get();
    }

    public List<String> snapshot() {
        return List.copyOf(members);
    }

    public String lobbyId() {
        return lobbyId;
    }

    public static void main(String[] args) throws InterruptedException {
        LobbySlots lobby = new LobbySlots("eu-west-ranked-17", 10);
        ExecutorService gateway = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 200; i++) {
            String player = "player-" + i;
            gateway.submit(() -> lobby.tryJoin(player));
        }
        gateway.shutdown();
        gateway.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(lobby.lobbyId() + " seated=" + lobby.occupied()
                + " members=" + lobby.snapshot().size());
    }
}
