package publication.unsafelazyinit;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A renderer shared by threads (it counts renders atomically) builds its template map lazily without a lock. */
public class BadInstanceWithAtomicCounter {
    private final AtomicLong renders = new AtomicLong();
    private Map<String, String> templates;

    public String render(String name, String user) {
        renders.incrementAndGet();
        return templates().getOrDefault(name, "").replace("{user}", user);
    }

    private Map<String, String> templates() {
        if (templates == null) {
            templates = loadTemplates(); // expect: UnsafeLazyInit['`templates` is lazily initialized without a lock, and `BadInstanceWithAtomicCounter` is documented to be shared between threads']
        }
        return templates;
    }

    private static Map<String, String> loadTemplates() {
        Map<String, String> m = new HashMap<>();
        m.put("welcome", "Hello {user}");
        m.put("bye", "Goodbye {user}");
        return m;
    }

    public long renderCount() {
        return renders.get();
    }
}
