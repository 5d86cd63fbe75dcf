package misuse.synconnonfinalfield;

import java.util.ArrayList;
import java.util.List;

/**
 * start() creates the lock and then starts the workers that use it: the assignment happens before any
 * thread can lock, and the start orders it before them.
 */
public class GoodLockAssignedInStartBeforeWorkers {
    private Object lock;
    private final List<String> done = new ArrayList<>();

    public void start(int workers) {
        lock = new Object();
        for (int i = 0; i < workers; i++) {
            new Thread(this::work).start();
        }
    }

    private void work() {
        synchronized (lock) {
            done.add(Thread.currentThread().getName());
        }
    }
}
