package races.unsynchronizedoverride;

/**
 * A secret manager keeps its sequence number in memory under the monitor; the subclass keeps it in an
 * external store instead, whose own calls are atomic. The overrides touch none of the state the monitor
 * guards and take no second step on the object, so dropping {@code synchronized} loses nothing
 * (hadoop SQLDelegationTokenSecretManager).
 */
public class GoodOverrideWorksOnAnotherStore extends SequenceKeeper {

    /** A store shared by every process; each call is one atomic statement. */
    public interface Store {
        int read();

        void write(int value);
    }

    private final Store store;

    public GoodOverrideWorksOnAnotherStore(Store store) {
        this.store = store;
    }

    @Override
    public int getSequence() {
        return store.read();
    }

    @Override
    public void setSequence(int value) {
        store.write(value);
    }
}

/** Keeps the sequence number in a field guarded by the monitor. */
class SequenceKeeper {
    private int sequence;

    public synchronized int getSequence() {
        return sequence;
    }

    public synchronized void setSequence(int value) {
        sequence = value;
    }

    public synchronized int next() {
        return ++sequence;
    }
}
