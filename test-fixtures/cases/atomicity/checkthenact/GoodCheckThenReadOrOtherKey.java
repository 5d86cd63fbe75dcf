package atomicity.checkthenact;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A check followed only by a read, and a check on one key followed by a put on a different key: no check-then-act on one key. */
public class GoodCheckThenReadOrOtherKey {
    private final Map<String, String> parents = new ConcurrentHashMap<>();

    public String parentOrSelf(String node) {
        if (parents.containsKey(node)) {
            return parents.getOrDefault(node, node);
        }
        return node;
    }

    public void attach(String child, String parent) {
        if (parents.containsKey(parent) || parent.equals("root")) {
            parents.put(child, parent);
        }
    }
}
