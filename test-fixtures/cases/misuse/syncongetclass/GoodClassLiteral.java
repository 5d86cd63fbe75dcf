package misuse.syncongetclass;

import java.util.HashMap;
import java.util.Map;

/** Non-final metrics base class that guards its static map with the class literal: subclasses lock the same Class object. */
public class GoodClassLiteral {
    private static final Map<String, Integer> CALLS = new HashMap<>();

    public void called(String operation) {
        synchronized (GoodClassLiteral.class) {
            CALLS.merge(operation, 1, Integer::sum);
        }
    }

    public int calls(String operation) {
        synchronized (GoodClassLiteral.class) {
            return CALLS.getOrDefault(operation, 0);
        }
    }
}
