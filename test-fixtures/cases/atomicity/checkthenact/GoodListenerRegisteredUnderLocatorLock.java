package atomicity.checkthenact;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A manager's public {@code registerListener} adds a listener it found missing; the program registers
 * only from a service's {@code start}, which the locator runs under its write lock (ehcache's statistics
 * service and {@code ServiceLocator.startAllServices}): the program never runs the check and the add twice
 * at once. Code outside that registers without the lock would: a note.
 */
public class GoodListenerRegisteredUnderLocatorLock {

    /** Keeps the listeners of a manager's state changes. */
    public static class Manager {
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

        public void registerListener(Runnable listener) {
            if (!listeners.contains(listener)) {
                listeners.add(listener); // expect: CheckThenAct['only code outside the program that calls it without that lock']
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
    }
}
