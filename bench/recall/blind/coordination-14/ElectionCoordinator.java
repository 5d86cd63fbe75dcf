// EXPECT: deadlock-lock-ordering-or-a-lock-held-while-calling-out-or-blocking @ line 69
package probe14c; import java.util.HashSet;
import java.util.Set;

/**
 * Tracks the local node's election state together with the set of live voters.
 * onMemberFailed is invoked from the failure detector thread while
 * handleVoteRequest is invoked concurrently from RPC worker threads.
 */
public class ElectionCoordinator {

    public enum Role { FOLLOWER, CANDIDATE, LEADER }

    public record VoteResponse(long term, boolean granted) { }

    private final String selfId;
    private final Object stateLock = new Object();
    private final Object viewLock = new Object();

    private long currentTerm;              // guarded by stateLock
    private Role role = Role.FOLLOWER;     // guarded by stateLock
    private String leaderId;               // guarded by stateLock
    private String votedFor;               // guarded by stateLock

    private final Set<String> liveVoters = new HashSet<>(); // guarded by viewLock

    public ElectionCoordinator(String selfId, Set<String> initialVoters) {
        this.selfId = selfId;
        this.liveVoters.addAll(initialVoters);
    }

    /** Failure detector thread. */
    public void onMemberFailed(String nodeId) {
        synchronized (viewLock) {
            if (!liveVoters.remove(nodeId)) {
                return;
            }
            synchronized (stateLock) {
                if (nodeId.equals(leaderId)) {
                    leaderId = null;
                    currentTerm++;
                    role = Role.CANDIDATE;
                    votedFor = selfId;
                }
            }
        }
    }

    /** Failure detector thread. */
    public void onMemberRecovered(String nodeId) {
        synchronized (viewLock) {
            liveVoters.add(nodeId);
        }
    }

    /** RPC worker threads. */
    public VoteResponse handleVoteRequest(String candidateId, long candidateTerm) {
        synchronized (stateLock) {
            if (candidateTerm < currentTerm) {
                return new VoteResponse(currentTerm, false);
            }
            if (candidateTerm > currentTerm) {
                currentTerm = candidateTerm;
                role = Role.FOLLOWER;
                votedFor = null;
                leaderId = null;
            }
            boolean known;
            synchronized (viewLock) { // BUG: acquires viewLock while holding stateLock; onMemberFailed takes them in the opposite order -> deadlock
                known = liveVoters.contains(candidateId);
            }
            boolean granted = known && (votedFor == null || votedFor.equals(candidateId));
            if (granted) {
                votedFor = candidateId;
            }
            return new VoteResponse(currentTerm, granted);
        }
    }

    public void onLeaderHeartbeat(String fromLeader, long term) {
        synchronized (stateLock) {
            if (term >= currentTerm) {
                currentTerm = term;
                leaderId = fromLeader;
                role = Role.FOLLOWER;
            }
        }
    }

    public Role role() {
        synchronized (stateLock) {
            return role;
        }
    }

    public long currentTerm() {
        synchronized (stateLock) {
            return currentTerm;
        }
    }
}
