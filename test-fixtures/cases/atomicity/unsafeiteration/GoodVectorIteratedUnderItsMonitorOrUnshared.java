package atomicity.unsafeiteration;

import java.util.Vector;

/**
 * Vectors walked safely: one under its own monitor while a started thread adds to it, and one that no
 * other thread ever changes (filled by the constructor, the legacy single-threaded use of Vector).
 */
public class GoodVectorIteratedUnderItsMonitorOrUnshared {
    private final Vector<String> names = new Vector<>();
    private final Vector<String> defaults = new Vector<>();

    public GoodVectorIteratedUnderItsMonitorOrUnshared() {
        defaults.add("a");
        defaults.add("b");
    }

    public void startLoading() {
        new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                names.add("name-" + i);
            }
        }).start();
    }

    public int totalLength() {
        int total = 0;
        synchronized (names) {
            for (String name : names) {
                total += name.length();
            }
        }
        return total;
    }

    public int defaultsLength() {
        int total = 0;
        for (String d : defaults) {
            total += d.length();
        }
        return total;
    }
}
