package misuse.syncongetclass;

import java.util.ArrayList;
import java.util.List;

/** Enum singleton locking on getClass(): an enum without constant bodies has no subclasses, so the monitor is always the same Class object. */
public enum GoodEnumGetClass {
    INSTANCE;

    private static final List<String> SEEN = new ArrayList<>();

    public void seen(String id) {
        synchronized (getClass()) {
            SEEN.add(id);
        }
    }

    public int seenCount() {
        synchronized (getClass()) {
            return SEEN.size();
        }
    }
}
