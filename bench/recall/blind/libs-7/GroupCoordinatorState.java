// EXPECT: lock-order-deadlock @ line 70
package probe7b; import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Coordinator-side state of one consumer group. The session-timeout (heartbeat)
 * thread expires dead members and revokes their partitions; request handler
 * threads process OffsetCommit requests from live members.
 */
public final class GroupCoordinatorState {

    private final String groupId;
    private final Object membershipLock = new Object();
    private final Object offsetsLock = new Object();

    private final Set<String> members = new HashSet<>();                  // guarded by membershipLock
    private final Map<String, String> ownerByPartition = new HashMap<>(); // guarded by membershipLock
    private int generation;                                               // guarded by membershipLock

    private final Map<String, Long> committed = new HashMap<>();          // guarded by offsetsLock
    private final Map<String, Long> handoffOffsets = new HashMap<>();     // guarded by offsetsLock

    public GroupCoordinatorState(String groupId) {
        this.groupId = groupId;
    }

    public int join(String memberId) {
        synchronized (membershipLock) {
            members.add(memberId);
            return ++generation;
        }
    }

    public void assign(String partition, String memberId) {
        synchronized (membershipLock) {
            if (members.contains(memberId)) {
                ownerByPartition.put(partition, memberId);
            }
        }
    }

    /** Heartbeat thread: a member missed its session timeout; revoke its partitions. */
    public void expireMember(String memberId) {
        synchronized (membershipLock) {
            if (!members.remove(memberId)) {
                return;
            }
            generation++;
            synchronized (offsetsLock) {
                ownerByPartition.entrySet().removeIf(entry -> {
                    if (!entry.getValue().equals(memberId)) {
                        return false;
                    }
                    handoffOffsets.put(entry.getKey(), committed.getOrDefault(entry.getKey(), 0L));
                    return true;
                });
            }
        }
    }

    /** Request handler thread: OffsetCommit from a group member. */
    public boolean commitOffset(String memberId, int memberGeneration, String partition, long offset) {
        synchronized (offsetsLock) {
            Long previous = committed.get(partition);
            if (previous != null && previous >= offset) {
                return true;
            }
            synchronized (membershipLock) { // BUG: lock-order inversion; a request thread holds offsetsLock and waits for membershipLock while the heartbeat thread in expireMember() holds membershipLock and waits for offsetsLock, deadlocking both
                if (memberGeneration != generation || !memberId.equals(ownerByPartition.get(partition))) {
                    return false;
                }
            }
            committed.put(partition, offset);
            handoffOffsets.remove(partition);
            return true;
        }
    }

    public long committedOffset(String partition) {
        synchronized (offsetsLock) {
            return committed.getOrDefault(partition, -1L);
        }
    }

    public String describe() {
        synchronized (membershipLock) {
            return groupId + " generation=" + generation + " members=" + members;
        }
    }
}
