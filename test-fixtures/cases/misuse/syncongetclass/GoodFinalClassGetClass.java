package misuse.syncongetclass;

import java.util.HashMap;
import java.util.Map;

/** Final class using synchronized (getClass()): without subclasses getClass() is always the same Class object. */
public final class GoodFinalClassGetClass {
    private static final Map<String, Integer> CALLS = new HashMap<>();

    public void called(String operation) {
        synchronized (getClass()) {
            CALLS.merge(operation, 1, Integer::sum);
        }
    }

    public int calls(String operation) {
        synchronized (getClass()) {
            return CALLS.getOrDefault(operation, 0);
        }
    }
}
