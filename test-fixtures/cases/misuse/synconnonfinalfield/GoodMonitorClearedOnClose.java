package misuse.synconnonfinalfield;

import java.util.HashMap;
import java.util.Map;

/** The only assignment after construction stores null on close, to let the map go: null is never a second lock. */
public class GoodMonitorClearedOnClose {

    private volatile Map<String, String> refs = new HashMap<>();

    public void put(String k, String v) {
        synchronized (refs) {
            refs.put(k, v);
        }
    }

    public void close() {
        refs = null;
    }
}
