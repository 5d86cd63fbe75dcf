// EXPECT: sync-on-updated-field @ line 19
package recall;

import java.util.ArrayList;
import java.util.List;

public class SyncOnUpdatedField {
    private List<String> pending = new ArrayList<>();

    public void add(String item) {
        synchronized (pending) {
            pending.add(item);
        }
    }

    public List<String> drain() {
        synchronized (pending) {
            List<String> out = pending;
            pending = new ArrayList<>();
            return out;
        }
    }
}
