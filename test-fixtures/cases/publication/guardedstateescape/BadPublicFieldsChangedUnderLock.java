package publication.guardedstateescape;

import java.util.ArrayList;
import java.util.List;

/**
 * A response collector changes its state under its monitor as replies arrive on messaging threads, but
 * keeps that state in public fields: the caller reads them (and could write them) without the lock
 * while late replies still change them (cassandra's paxos PrepareCallback, publication review).
 */
public class BadPublicFieldsChangedUnderLock {

    public boolean promised = true; // expect: GuardedStateEscape['`promised` is public, but `BadPublicFieldsChangedUnderLock` changes it under `this`']
    public long mostRecentBallot; // expect: GuardedStateEscape['`mostRecentBallot` is public']
    public List<String> replicas = new ArrayList<>(); // expect: GuardedStateEscape['`replicas` is public, but `BadPublicFieldsChangedUnderLock` changes its contents under `this`']

    public synchronized void onResponse(String from, long ballot, boolean ok) {
        if (!ok) {
            promised = false;
            return;
        }
        replicas.add(from);
        if (ballot > mostRecentBallot) {
            mostRecentBallot = ballot;
        }
    }

    public void listen() {
        new Thread(() -> onResponse("peer", 1, true)).start();
    }
}

/** The proposer, which reads the collector's fields once a quorum answered. */
class QuorumProposer {
    private final BadPublicFieldsChangedUnderLock collector = new BadPublicFieldsChangedUnderLock();

    public boolean accepted() {
        return collector.promised && collector.replicas.size() > 1;
    }

    public void start() {
        collector.listen();
        new Thread(this::accepted).start();
    }
}
