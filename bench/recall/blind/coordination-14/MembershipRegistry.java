// EXPECT: check-then-act-or-compound-action-on-a-thread-safe-collection-or-atomic @ line 37
package probe14c; import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Local view of cluster membership, driven by SWIM-style gossip. Alive and dead
 * notifications arrive on the transport's worker pool, so onAlive/onDead are
 * invoked concurrently for the same node when several peers gossip about it.
 */
public class MembershipRegistry {

    public record Member(String nodeId, String address, long incarnation) { }

    public interface MembershipListener {
        void memberJoined(Member member);

        void memberLeft(String nodeId);
    }

    private final ConcurrentMap<String, Member> members = new ConcurrentHashMap<>();
    private final List<MembershipListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong viewVersion = new AtomicLong();

    public void addListener(MembershipListener listener) {
        listeners.add(listener);
    }

    /** Called from transport worker threads. */
    public void onAlive(String nodeId, String address, long incarnation) {
        Member existing = members.get(nodeId);
        if (existing == null) {
            Member joined = new Member(nodeId, address, incarnation);
            members.put(nodeId, joined); // BUG: get-then-put on ConcurrentHashMap is not atomic; concurrent gossip fires duplicate joins and can overwrite a newer incarnation
            viewVersion.incrementAndGet();
            for (MembershipListener l : listeners) {
                l.memberJoined(joined);
            }
            return;
        }
        members.computeIfPresent(nodeId, (id, current) ->
                incarnation > current.incarnation() ? new Member(id, address, incarnation) : current);
    }

    /** Called from transport worker threads. */
    public void onDead(String nodeId, long incarnation) {
        Member current = members.get(nodeId);
        if (current == null || current.incarnation() > incarnation) {
            return;
        }
        if (members.remove(nodeId, current)) {
            viewVersion.incrementAndGet();
            for (MembershipListener l : listeners) {
                l.memberLeft(nodeId);
            }
        }
    }

    public Map<String, Member> snapshot() {
        return Map.copyOf(members);
    }

    public long viewVersion() {
        return viewVersion.get();
    }

    public int size() {
        return members.size();
    }
}
