package races.mutablestaticstate;

import java.util.HashMap;
import java.util.Map;

/**
 * A static registry in a plain HashMap, filled by a static factory and emptied by close(), both called by
 * threads started in a loop: the map's own table is changed by several threads at once.
 */
public class BadStaticRegistryChangedByTasks {
    private static final Map<String, BadStaticRegistryChangedByTasks> OPEN = new HashMap<>();
    private final String id;

    private BadStaticRegistryChangedByTasks(String id) {
        this.id = id;
    }

    public static BadStaticRegistryChangedByTasks open(String id) {
        BadStaticRegistryChangedByTasks c = new BadStaticRegistryChangedByTasks(id);
        OPEN.put(id, c); // expect: MutableStaticState['static `OPEN` holds a collection that is not thread-safe, and `put` changes it in `BadStaticRegistryChangedByTasks.open`, which tasks run on other threads call without a lock']
        return c;
    }

    public void close() {
        OPEN.remove(id); // expect: MutableStaticState['`remove` changes it in `BadStaticRegistryChangedByTasks.close`']
    }

    public static void main(String[] args) {
        for (int i = 0; i < 10; i++) {
            String id = "c" + i;
            new Thread(() -> open(id).close()).start();
        }
    }
}
