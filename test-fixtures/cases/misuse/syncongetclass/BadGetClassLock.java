package misuse.syncongetclass;

import java.util.HashMap;
import java.util.Map;

/** Non-final metrics base class guarding a static map with synchronized (getClass()): an instance of a subclass locks the subclass's Class object, so the two do not exclude each other. */
public class BadGetClassLock {
    private static final Map<String, Integer> CALLS = new HashMap<>();

    public void called(String operation) {
        synchronized (getClass()) { // expect: SyncOnGetClass['synchronized on getClass() in non-final class `BadGetClassLock`']
            CALLS.merge(operation, 1, Integer::sum);
        }
    }

    public int calls(String operation) {
        synchronized (getClass()) { // expect: SyncOnGetClass
            return CALLS.getOrDefault(operation, 0);
        }
    }
}
