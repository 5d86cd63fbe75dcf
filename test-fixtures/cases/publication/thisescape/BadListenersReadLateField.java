package publication.thisescape;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The look-alike of GoodListenersReadOnlyEarlyFields whose group, as a listener, reads the field its
 * constructor assigns after handing itself to the children: a child terminating early sees it unset.
 */
public class BadListenersReadLateField implements BadGroupListener {

    private final BadGroupChild[] children;
    private final AtomicInteger terminated = new AtomicInteger();
    private final Set<BadGroupChild> readonlyChildren;

    public BadListenersReadLateField(int n) {
        children = new BadGroupChild[n];
        for (int i = 0; i < n; i++) {
            children[i] = new BadGroupChild();
        }
        final BadGroupListener counter = new BadGroupListener() {
            @Override
            public void terminated(BadGroupChild child) {
                if (terminated.incrementAndGet() == children.length) {
                    System.out.println("all terminated");
                }
            }
        };
        for (BadGroupChild c : children) {
            c.addListener(this); // expect: ThisEscape['`readonlyChildren` is assigned only after it']
            c.addListener(counter);
        }
        readonlyChildren = Set.of(children);
    }

    @Override
    public void terminated(BadGroupChild child) {
        System.out.println(child + " of " + readonlyChildren.size());
    }

    public Set<BadGroupChild> children() {
        return readonlyChildren;
    }
}

interface BadGroupListener {
    void terminated(BadGroupChild child);
}

final class BadGroupChild {
    private final java.util.List<BadGroupListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public void addListener(BadGroupListener l) {
        listeners.add(l);
    }

    void terminate() {
        new Thread(() -> listeners.forEach(l -> l.terminated(this))).start();
    }
}
