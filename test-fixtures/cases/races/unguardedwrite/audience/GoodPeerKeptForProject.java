package races.unguardedwrite.audience;

/**
 * Not marked, in a project that marks what it offers clients: the project keeps it for its own code.
 * {@code setPhase} and {@code markAvailable} are public for the project's other packages, and only the
 * peer's own thread calls them (through its election); clients reach the peer only through
 * {@link ElectionService#phase()}. The unlocked write of {@code unavailableSince} and its reads are on
 * one thread.
 */
public class GoodPeerKeptForProject extends Thread {
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
                unavailableSince = System.nanoTime();
            }
            new Elector(this).lookForLeader();
        }
    }

    /** The election the peer's thread runs: it ends by setting the peer's phase. */
    static final class Elector {
        private final GoodPeerKeptForProject self;

        Elector(GoodPeerKeptForProject self) {
            this.self = self;
        }

        void lookForLeader() {
            self.setPhase("LEADING");
        }
    }
}
