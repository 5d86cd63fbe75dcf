package races.unguardedwrite.audience;

import org.apache.yetus.audience.InterfaceAudience;

/**
 * The same peer, marked for clients: any client may call {@code setPhase} while the peer's thread
 * writes {@code unavailableSince} without a lock.
 */
@InterfaceAudience.Public
public class BadPeerMarkedForClients extends Thread {
    private String phase = "LOOKING";
    private long unavailableSince;

    public void markAvailable() {
        if (unavailableSince != 0) {
            unavailableSince = 0;
        }
    }

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
                unavailableSince = System.nanoTime(); // expect: UnguardedWrite['client threads calling `BadPeerMarkedForClients`']
            }
            new Elector(this).lookForLeader();
        }
    }

    /** The election the peer's thread runs: it ends by setting the peer's phase. */
    static final class Elector {
        private final BadPeerMarkedForClients self;

        Elector(BadPeerMarkedForClients self) {
            this.self = self;
        }

        void lookForLeader() {
            self.setPhase("LEADING");
        }
    }
}
