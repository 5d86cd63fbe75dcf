package deadlock.lockorderinversion;

import java.util.ArrayList;
import java.util.List;

/**
 * The look-alike of GoodParentAndChildQueueLocksOfSiblingClasses whose parent is a consumer of the same
 * class as its children: a parent's queue lock may be the queue lock of a consumer that is some other
 * parent's child, so the two orders can meet on one object and deadlock.
 */
public class BadQueueLockOfOneClassTakenInBothOrders {
    static final class Consumer {
        private final Object queueLock = new Object();
        private final List<Consumer> children = new ArrayList<>();

        synchronized void redeliver() {
            synchronized (queueLock) { // expect: LockOrderInversion['lock-order inversion']
                children.clear();
            }
        }

        void redeliverChildren() {
            synchronized (queueLock) {
                for (Consumer child : children) {
                    child.redeliver(); // expect: LockOrderInversion['other side of a lock-order inversion']
                }
            }
        }

        void add(Consumer child) {
            synchronized (queueLock) {
                children.add(child);
            }
        }
    }

    private final Consumer root = new Consumer();

    public void redeliverAll() {
        root.redeliverChildren();
    }

    public void redeliverRoot() {
        root.redeliver();
    }

    public void add() {
        root.add(new Consumer());
    }
}
