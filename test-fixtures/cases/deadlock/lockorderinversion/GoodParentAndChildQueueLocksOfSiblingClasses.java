package deadlock.lockorderinversion;

import java.util.ArrayList;
import java.util.List;

/**
 * Both consumers inherit the queue lock from their base class. The child takes its own monitor and then
 * its own queue lock; the parent takes its own queue lock and then a child's monitor. The two queue locks
 * belong to objects of unrelated classes (a parent is never a child), so the parent's lock is never the
 * one the child waits for, and the order cannot close into a cycle (pulsar MultiTopicsConsumerImpl and
 * ConsumerImpl).
 */
public class GoodParentAndChildQueueLocksOfSiblingClasses {
    abstract static class Base {
        protected final Object queueLock = new Object();
        protected final List<String> queue = new ArrayList<>();

        abstract void redeliver();
    }

    static final class Child extends Base {
        @Override
        synchronized void redeliver() {
            synchronized (queueLock) {
                queue.clear();
            }
        }
    }

    static final class Parent extends Base {
        private final List<Child> children = new ArrayList<>();

        void add(Child child) {
            synchronized (queueLock) {
                children.add(child);
            }
        }

        @Override
        void redeliver() {
            synchronized (queueLock) {
                for (Child child : children) {
                    child.redeliver();
                }
                queue.clear();
            }
        }
    }

    private final Parent parent = new Parent();

    public void redeliverAll() {
        parent.redeliver();
    }

    public void add() {
        parent.add(new Child());
    }

    public void redeliverOne(Child child) {
        child.redeliver();
    }
}
