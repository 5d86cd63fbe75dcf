// EXPECT: unsafe-iteration @ line 57
package recall2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tracks the members of a cluster. Membership changes are detected by the heartbeat
 * receiver thread; application components register listeners at any time.
 */
public class ClusterMembership {

    public interface MembershipListener {
        void memberAdded(String member);

        void memberRemoved(String member);
    }

    private final Set<String> members = ConcurrentHashMap.newKeySet();
    private final List<MembershipListener> listeners = new ArrayList<>();

    public synchronized void addListener(MembershipListener l) {
        listeners.add(l);
    }

    public synchronized void removeListener(MembershipListener l) {
        listeners.remove(l);
    }

    public Set<String> members() {
        return Set.copyOf(members);
    }

    /** Called by the heartbeat receiver thread. */
    void onHeartbeat(String member) {
        if (members.add(member)) {
            fireMemberAdded(member);
        }
    }

    /** Called by the failure detector thread. */
    void onTimeout(String member) {
        if (members.remove(member)) {
            List<MembershipListener> snapshot;
            synchronized (this) {
                snapshot = new ArrayList<>(listeners);
            }
            for (MembershipListener l : snapshot) {
                l.memberRemoved(member);
            }
        }
    }

    private void fireMemberAdded(String member) {
        for (MembershipListener l : listeners) {
            l.memberAdded(member);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ClusterMembership membership = new ClusterMembership();
        Thread heartbeat = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                membership.onHeartbeat("node-" + i);
            }
        }, "heartbeat-receiver");
        Thread app = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                MembershipListener l = new MembershipListener() {
                    @Override
                    public void memberAdded(String member) {
                    }

                    @Override
                    public void memberRemoved(String member) {
                    }
                };
                membership.addListener(l);
                membership.removeListener(l);
            }
        }, "app");
        heartbeat.start();
        app.start();
        heartbeat.join();
        app.join();
    }
}
