package races.unsynchronizedoverride;

/** An anonymous subclass overrides the synchronized drain() with a read-then-reset done in two separate locked calls. */
public class BadAnonymousOverride {
    public AuditTrail resettingTrail() {
        return new AuditTrail() {
            @Override
            public int drain() { // expect: UnsynchronizedOverride
                int n = size();
                clear();
                return n;
            }
        };
    }
}

/** A count of audit entries guarded by the monitor. */
class AuditTrail {
    private int entries;

    public synchronized void record() {
        entries++;
    }

    public synchronized int size() {
        return entries;
    }

    public synchronized void clear() {
        entries = 0;
    }

    public synchronized int drain() {
        int n = entries;
        entries = 0;
        return n;
    }
}
