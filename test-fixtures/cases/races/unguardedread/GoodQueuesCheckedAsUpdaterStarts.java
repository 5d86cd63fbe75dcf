package races.unguardedread;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A stream thread makes its state updater and starts it before anyone else can see it (kafka-streams'
 * DefaultStateUpdater.start, called right after construction): the check of the output queues in start()
 * runs on an object still confined to the thread that made it. The updater class is not visible outside
 * its package, so no client can call start() later on a shared one.
 */
public class GoodQueuesCheckedAsUpdaterStarts {
    public void start() {
        StreamWorker.create().start();
    }
}

final class StreamWorker extends Thread {
    private final StateUpdater updater;

    private StreamWorker(StateUpdater updater) {
        this.updater = updater;
    }

    static StreamWorker create() {
        StateUpdater updater = StateUpdater.createAndStart();
        return new StreamWorker(updater);
    }

    @Override
    public void run() {
        while (!isInterrupted()) {
            updater.drainRestored();
        }
    }
}

final class StateUpdater {
    private final Object restoredLock = new Object();
    private final Deque<String> restored = new ArrayDeque<>();
    private Thread thread;

    static StateUpdater createAndStart() {
        StateUpdater updater = new StateUpdater();
        updater.start();
        return updater;
    }

    public void start() {
        if (thread == null) {
            if (!restored.isEmpty()) {
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
