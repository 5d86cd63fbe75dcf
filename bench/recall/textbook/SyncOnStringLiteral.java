// EXPECT: sync-on-boxed-or-string @ line 12
package recall;

import java.util.ArrayList;
import java.util.List;

public class SyncOnStringLiteral {
    private static final String LOCK = "LOCK";
    private final List<String> audit = new ArrayList<>();

    public void record(String event) {
        synchronized (LOCK) {
            audit.add(event);
        }
    }

    public int size() {
        synchronized (LOCK) {
            return audit.size();
        }
    }
}
