package races.unsynchronizedoverride;

/** A read-only view whose overrides only throw or return a constant: they touch no state, so they need no lock. */
public class GoodOverrideThrowsOrConstant extends SettingsStore {
    @Override
    public void put(String key, String value) {
        throw new UnsupportedOperationException("read-only settings");
    }

    @Override
    public boolean isWritable() {
        return false;
    }
}

/** Settings guarded by the monitor. */
class SettingsStore {
    private final java.util.Map<String, String> values = new java.util.HashMap<>();

    public synchronized void put(String key, String value) {
        values.put(key, value);
    }

    public synchronized String get(String key) {
        return values.get(key);
    }

    public synchronized boolean isWritable() {
        return true;
    }
}
