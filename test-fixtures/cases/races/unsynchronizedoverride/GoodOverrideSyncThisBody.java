package races.unsynchronizedoverride;

/** The override wraps its whole body in synchronized (this): the same monitor the superclass method takes. */
public class GoodOverrideSyncThisBody extends TallyBase {
    @Override
    public void add(int amount) {
        synchronized (this) {
            if (amount > 0) {
                super.add(amount);
            }
        }
    }
}

/** A tally guarded by its monitor. */
class TallyBase {
    private long total;

    public synchronized void add(int amount) {
        total += amount;
    }

    public synchronized long total() {
        return total;
    }
}
