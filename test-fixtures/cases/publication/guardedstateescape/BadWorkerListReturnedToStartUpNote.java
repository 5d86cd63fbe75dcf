package publication.guardedstateescape;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/**
 * A thread pool's factory method hands its live worker list to the one caller, {@code initialize()}, which
 * starts each worker as the pool starts; later the pool replaces workers under its lock. The list is used
 * unlocked only while the pool starts, before anything changes it under the lock: a note (quartz's
 * SimpleThreadPool.createWorkerThreads).
 */
public class BadWorkerListReturnedToStartUpNote {
    private final Object nextRunnableLock = new Object();
    private final List<Thread> workers = new ArrayList<>();
    private final LinkedList<Thread> available = new LinkedList<>();

    public void initialize(int count) {
        for (Thread worker : createWorkerThreads(count)) {
            worker.start();
            available.add(worker);
        }
    }

    protected List<Thread> createWorkerThreads(int count) {
        for (int i = 0; i < count; i++) {
            workers.add(new Thread(() -> System.out.println("working"))); // expect: UnguardedWrite['`workers.add()` changes `workers` without `nextRunnableLock`']
        }
        return workers; // expect: GuardedStateEscape['runs only as `BadWorkerListReturnedToStartUpNote.initialize` starts the object']
    }

    public void replace(Thread dead) {
        synchronized (nextRunnableLock) {
            workers.remove(dead);
            Thread fresh = new Thread(() -> System.out.println("working"));
            workers.add(fresh);
            fresh.start();
        }
    }
}
