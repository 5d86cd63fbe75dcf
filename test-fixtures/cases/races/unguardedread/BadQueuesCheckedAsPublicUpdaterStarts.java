package races.unguardedread;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The look-alike: the updater is a public class, so clients may start an updater they share, whose
 * restoring thread may already be adding to the queue the check reads without its lock.
 */
public class BadQueuesCheckedAsPublicUpdaterStarts {
    public void start() {
        Worker.create().start();
    }

    static final class Worker extends Thread {
        private final Updater updater;

        private Worker(Updater updater) {
            this.updater = updater;
        }

        static Worker create() {
            Updater updater = Updater.createAndStart();
            return new Worker(updater);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                updater.drainRestored();
            }
        }
    }

    public static final class Updater {
        private final Object restoredLock = new Object();
        private final Deque<String> restored = new ArrayDeque<>();
        private Thread thread;

        static Updater createAndStart() {
            Updater updater = new Updater();
            updater.start();
            return updater;
        }

        public void start() {
            if (thread == null) {
                if (!restored.isEmpty()) { // expect: UnguardedRead['`restored.isEmpty()` is read without `restoredLock`']
                    throw new IllegalStateException("started with restored tasks");
                }
                thread = new Thread(this::restore);
                thread.start();
            }
        }

        private void restore() {
            synchronized (restoredLock) {
                restored.add("task");
            }
        }

        public void drainRestored() {
            synchronized (restoredLock) {
                restored.clear();
            }
        }
    }
}
