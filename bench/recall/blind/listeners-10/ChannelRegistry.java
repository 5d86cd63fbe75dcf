// EXPECT: none
package probe10b; import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Channel-to-session registry for the chat gateway. join(), leave() and
 * broadcast() are called concurrently by session handler threads. Empty
 * channels are removed so idle channel names do not accumulate.
 */
public class ChannelRegistry {

    public interface Session {
        void deliver(String channel, String message);
    }

    private final ConcurrentHashMap<String, Set<Session>> channels = new ConcurrentHashMap<>();

    public void join(String channel, Session session) {
        channels.compute(channel, (name, members) -> { // OK: lookup, creation and add happen atomically for this key inside compute
            Set<Session> set = members != null ? members : ConcurrentHashMap.newKeySet();
            set.add(session);
            return set;
        });
    }

    public void leave(String channel, Session session) {
        channels.computeIfPresent(channel, (name, members) -> {
            members.remove(session);
            return members.isEmpty() ? null : members;
        });
    }

    public int broadcast(String channel, String message) {
        Set<Session> members = channels.get(channel);
        if (members == null) {
            return 0;
        }
        int delivered = 0;
        for (Session s : members) {
            s.deliver(channel, message);
            delivered++;
        }
        return delivered;
    }

    public int memberCount(String channel) {
        Set<Session> members = channels.get(channel);
        return members == null ? 0 : members.size();
    }

    public static void main(String[] args) throws InterruptedException {
        ChannelRegistry registry = new ChannelRegistry();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            int sessionId = i;
            Session s = (c, m) -> System.out.print("");
            handlers.submit(() -> {
                String channel = "room." + (sessionId % 10);
                registry.join(channel, s);
                if (sessionId % 3 == 0) {
                    registry.leave(channel, s);
                }
            });
        }
        handlers.shutdown();
        handlers.awaitTermination(10, TimeUnit.SECONDS);

        int total = 0;
        for (int c = 0; c < 10; c++) {
            total += registry.memberCount("room." + c);
        }
        System.out.println("members=" + total);
    }
}
