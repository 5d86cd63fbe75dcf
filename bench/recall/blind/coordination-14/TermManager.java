// EXPECT: none
package probe14c; import java.util.HashSet;
import java.util.Set;

/**
 * Holds the Raft-style term/vote state of this node plus the current voter set.
 * onVoterFailed runs on the failure detector thread; handleVoteRequest and
 * onAppendEntries run concurrently on RPC worker threads.
 */
public class TermManager {

    public enum Role { FOLLOWER, CANDIDATE, LEADER }

    public record Vote(long term, boolean granted) { }

    private final String selfId;
    // lock order: voterLock before termLock, on every path
    private final Object voterLock = new Object();
    private final Object termLock = new Object();

    private final Set<String> voters = new HashSet<>(); // guarded by voterLock

    private long term;                 // guarded by termLock
    private Role role = Role.FOLLOWER; // guarded by termLock
    private String leader;             // guarded by termLock
    private String votedFor;           // guarded by termLock

    public TermManager(String selfId, Set<String> initialVoters) {
        this.selfId = selfId;
        this.voters.addAll(initialVoters);
    }

    /** Failure detector thread. */
    public void onVoterFailed(String nodeId) {
        synchronized (voterLock) {
            if (!voters.remove(nodeId)) {
                return;
            }
            synchronized (termLock) {
                if (nodeId.equals(leader)) {
                    leader = null;
                    term++;
                    role = Role.CANDIDATE;
                    votedFor = selfId;
                }
            }
        }
    }

    /** RPC worker threads. */
    public Vote handleVoteRequest(String candidateId, long candidateTerm) {
        synchronized (voterLock) {
            boolean known = voters.contains(candidateId);
            synchronized (termLock) { // OK: every path takes voterLock before termLock, so there is no lock-order cycle
                if (candidateTerm < term) {
                    return new Vote(term, false);
                }
                if (candidateTerm > term) {
                    term = candidateTerm;
                    role = Role.FOLLOWER;
                    votedFor = null;
                    leader = null;
                }
                boolean granted = known && (votedFor == null || votedFor.equals(candidateId));
                if (granted) {
                    votedFor = candidateId;
                }
                return new Vote(term, granted);
            }
        }
    }

    /** RPC worker threads. */
    public void onAppendEntries(String fromLeader, long leaderTerm) {
        synchronized (termLock) {
            if (leaderTerm >= term) {
                term = leaderTerm;
                leader = fromLeader;
                role = Role.FOLLOWER;
            }
        }
    }

    public Role role() {
        synchronized (termLock) {
            return role;
        }
    }

    public long term() {
        synchronized (termLock) {
            return term;
        }
    }
}
