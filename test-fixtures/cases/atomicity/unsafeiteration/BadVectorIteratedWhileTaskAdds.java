package atomicity.unsafeiteration;

import java.util.Vector;

/**
 * A Vector filled by a started thread and walked by callers: each add is synchronized, but the walk
 * is many calls, and an add in the middle of it throws ConcurrentModificationException.
 */
public class BadVectorIteratedWhileTaskAdds {
    private final Vector<String> names = new Vector<>();

    public void startLoading() {
        new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                names.add("name-" + i);
            }
        }).start();
    }

    public int totalLength() {
        int total = 0;
        for (String name : names) { // expect: UnsafeIteration['`names` is iterated without holding `names`, yet it is a Vector changed by another thread']
            total += name.length();
        }
        return total;
    }
}
