package races.unguardedread;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Several peer threads, each of which makes its own election object (a factory method on the peer, whose
 * result only that peer keeps) and runs it from its own {@code run()}: two peers' threads run two election
 * objects, so the election's unlocked read and its check-then-act on the round counter are made by one
 * thread per object. Its lock is there for the readers of its vote, not for two runs of itself.
 */
public class GoodPeersEachWithTheirOwnElection {

    public static void main(String[] args) {
        Peer first = new Peer();
        first.startElection();
        first.start();
    }

    public static Peer another() {
        Peer peer = new Peer();
        peer.startElection();
        peer.start();
        return peer;
    }

    public static final class Peer extends Thread {
        Election election;

        void startElection() {
            this.election = createElection();
        }

        private Election createElection() {
            Election made = null;
            Election counting = new Election(this);
            counting.open();
            made = counting;
            return made;
        }

        Election strategy() {
            return election;
        }

        @Override
        public void run() {
            for (int i = 0; i < 10; i++) {
                System.out.println(strategy().lookForLeader());
            }
        }
    }

    static final class Election {
        private final Peer self;
        private final AtomicLong round = new AtomicLong();
        private long proposedEpoch;
        private boolean open;

        Election(Peer self) {
            this.self = self;
        }

        void open() {
            open = true;
        }

        private synchronized void propose(long epoch) {
            proposedEpoch = epoch;
        }

        public synchronized long vote() {
            return proposedEpoch;
        }

        long lookForLeader() {
            if (round.get() < 100) {
                round.set(round.get() + 1);
            }
            long epoch = proposedEpoch;
            propose(epoch + 1);
            return open ? epoch : -1;
        }
    }
}
