package races.unguardedread;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Look-alike of {@code GoodPeersEachWithTheirOwnElection}: two peer threads are handed one election object
 * to run, so both threads run its unlocked read and its check-then-act on the round counter on one object
 * at once.
 */
public class BadPeersShareOneElection {

    public static void main(String[] args) {
        Election shared = new Election();
        Peer first = new Peer();
        Peer second = new Peer();
        first.election = shared;
        second.election = shared;
        first.start();
        second.start();
    }

    public static final class Peer extends Thread {
        Election election;

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
        private final AtomicLong round = new AtomicLong();
        private long proposedEpoch;

        private synchronized void propose(long epoch) {
            proposedEpoch = epoch;
        }

        public synchronized long vote() {
            return proposedEpoch;
        }

        long lookForLeader() {
            if (round.get() < 100) {
                round.set(round.get() + 1); // expect: CheckThenAct['check-then-act on atomic `round`: `get` and then `set` are each atomic']
            }
            long epoch = proposedEpoch; // expect: UnguardedRead['`proposedEpoch` is read without `this`']
            propose(epoch + 1);
            return epoch;
        }
    }
}
