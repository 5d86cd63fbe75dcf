package atomicity.checkthenact;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The same manager, whose locator also starts a late service outside its lock: two clients starting
 * late services at once both find the listener missing and both add it.
 */
public class BadListenerAlsoRegisteredWithoutLock {

    /** Keeps the listeners of a manager's state changes. */
    public static class Manager {
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

        public void registerListener(Runnable listener) {
            if (!listeners.contains(listener)) {
                listeners.add(listener); // expect: CheckThenAct['two threads can run it at once']
            }
        }
    }

    /** A service that listens to the manager once it starts. */
    public static class StatisticsService implements Runnable {
        private final Manager manager;

        public StatisticsService(Manager manager) {
            this.manager = manager;
        }

        public void start() {
            manager.registerListener(this);
        }

        @Override
        public void run() {
        }
    }

    /** Starts its services under its write lock. */
    public static class Locator {
        private final ReadWriteLock runningLock = new ReentrantReadWriteLock();
        private final StatisticsService statistics;

        public Locator(Manager manager) {
            this.statistics = new StatisticsService(manager);
        }

        public void startAllServices() {
            Lock lock = runningLock.writeLock();
            lock.lock();
            try {
                statistics.start();
            } finally {
                lock.unlock();
            }
        }

        public void startLate() {
            statistics.start();
        }
    }
}
