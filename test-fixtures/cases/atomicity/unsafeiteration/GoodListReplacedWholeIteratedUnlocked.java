package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.List;

/**
 * A volatile list replaced whole under the lock (a new list built, then stored) and never changed in
 * place: a reader iterates whichever list it read, which no one changes any more.
 */
public class GoodListReplacedWholeIteratedUnlocked {
    private volatile List<String> files = new ArrayList<>();

    public synchronized void watch(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        files = copy;
    }

    public int total() {
        int n = 0;
        for (String f : files) {
            n += f.length();
        }
        return n;
    }
}
