// EXPECT: none
package probe14c; import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Directory of cluster members fed by gossip. onAlive/onDead are called
 * concurrently from the gossip transport's worker threads; lookups come from
 * request threads and never block.
 */
public class MemberDirectory {

    public record Member(String nodeId, String address, long incarnation) { }

    public interface Listener {
        void joined(Member member);

        void left(String nodeId);
    }

    // reads are lock-free; every mutation happens while holding mutationLock
    private final Map<String, Member> members = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object mutationLock = new Object();
    private long viewVersion; // guarded by mutationLock

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Called from gossip worker threads. */
    public void onAlive(String nodeId, String address, long incarnation) {
        Member joined = null;
        synchronized (mutationLock) {
            Member existing = members.get(nodeId);
            if (existing == null) {
                joined = new Member(nodeId, address, incarnation);
                members.put(nodeId, joined); // OK: get and put both run under mutationLock, which every writer holds, so the check-then-act is atomic
                viewVersion++;
            } else if (incarnation > existing.incarnation()) {
                members.put(nodeId, new Member(nodeId, address, incarnation));
            }
        }
        if (joined != null) {
            for (Listener l : listeners) {
                l.joined(joined);
            }
        }
    }

    /** Called from gossip worker threads. */
    public void onDead(String nodeId, long incarnation) {
        boolean removed = false;
        synchronized (mutationLock) {
            Member current = members.get(nodeId);
            if (current != null && current.incarnation() <= incarnation) {
                members.remove(nodeId);
                viewVersion++;
                removed = true;
            }
        }
        if (removed) {
            for (Listener l : listeners) {
                l.left(nodeId);
            }
        }
    }

    public Member lookup(String nodeId) {
        return members.get(nodeId);
    }

    public long viewVersion() {
        synchronized (mutationLock) {
            return viewVersion;
        }
    }
}
