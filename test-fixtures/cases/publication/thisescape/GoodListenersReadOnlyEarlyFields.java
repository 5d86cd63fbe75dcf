package publication.thisescape;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An executor group hands a termination listener to each child, then assigns one more field. The
 * children keep listeners in a CopyOnWriteArrayList, and what a child can run on what it keeps is the
 * listener's own code (an anonymous class) or, for the group itself, what the listener interface
 * declares: neither reads the field assigned last (netty MultithreadEventExecutorGroup, publication
 * review).
 */
public class GoodListenersReadOnlyEarlyFields implements GoodGroupListener {

    private final GoodGroupChild[] children;
    private final AtomicInteger terminated = new AtomicInteger();
    private final Set<GoodGroupChild> readonlyChildren;

    public GoodListenersReadOnlyEarlyFields(int n) {
        children = new GoodGroupChild[n];
        for (int i = 0; i < n; i++) {
            children[i] = new GoodGroupChild();
        }
        final GoodGroupListener counter = new GoodGroupListener() {
            @Override
            public void terminated(GoodGroupChild child) {
                if (terminated.incrementAndGet() == children.length) {
                    System.out.println("all terminated");
                }
            }
        };
        for (GoodGroupChild c : children) {
            c.addListener(counter);
            c.addListener(this);
        }
        readonlyChildren = Set.of(children);
    }

    @Override
    public void terminated(GoodGroupChild child) {
        System.out.println(child + " of " + children.length);
    }

    public Set<GoodGroupChild> children() {
        return readonlyChildren;
    }
}

interface GoodGroupListener {
    void terminated(GoodGroupChild child);
}

final class GoodGroupChild {
    private final java.util.List<GoodGroupListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public void addListener(GoodGroupListener l) {
        listeners.add(l);
    }

    void terminate() {
        new Thread(() -> listeners.forEach(l -> l.terminated(this))).start();
    }
}
