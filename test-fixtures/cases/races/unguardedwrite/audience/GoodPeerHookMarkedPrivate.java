package races.unguardedwrite.audience;

import org.apache.yetus.audience.InterfaceAudience;

/**
 * A peer marked for clients whose {@code setPhase} and {@code markAvailable} are marked for the project's
 * own code: only the peer's own thread calls them, so their read and the thread's unlocked write are on
 * one thread. Clients only ask the phase.
 */
@InterfaceAudience.Public
public class GoodPeerHookMarkedPrivate extends Thread {
    private String phase = "LOOKING";
    private long unavailableSince;

    @InterfaceAudience.Private
    public void markAvailable() {
        if (unavailableSince != 0) {
            unavailableSince = 0;
        }
    }

    @InterfaceAudience.Private
    public synchronized void setPhase(String p) {
        phase = p;
        markAvailable();
    }

    public synchronized String phase() {
        return phase;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            if (unavailableSince == 0) {
                unavailableSince = System.nanoTime();
            }
            new Elector(this).lookForLeader();
        }
    }

    /** The election the peer's thread runs: it ends by setting the peer's phase. */
    static final class Elector {
        private final GoodPeerHookMarkedPrivate self;

        Elector(GoodPeerHookMarkedPrivate self) {
            this.self = self;
        }

        void lookForLeader() {
            self.setPhase("LEADING");
        }
    }
}
