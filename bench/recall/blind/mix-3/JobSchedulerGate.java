// EXPECT: sync-on-lock-object @ line 38
package probe3.mix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Admission gate for batch jobs: producers enqueue job ids, the scheduler
 * tick drains up to a fixed number of them per cycle.
 */
public class JobSchedulerGate {

    private final ReentrantLock queueLock = new ReentrantLock();
    private final Deque<String> pending = new ArrayDeque<>();
    private final int maxPerTick;

    public JobSchedulerGate(int maxPerTick) {
        this.maxPerTick = maxPerTick;
    }

    public void enqueue(String jobId) {
        queueLock.lock();
        try {
            pending.addLast(jobId);
        } finally {
            queueLock.unlock();
        }
    }

    public List<String> drainForTick() {
        List<String> admitted = new ArrayList<>(maxPerTick);
        synchronized (queueLock) { // BUG: monitor of the ReentrantLock object does not exclude holders of queueLock.lock()
            while (admitted.size() < maxPerTick && !pending.isEmpty()) {
                admitted.add(pending.pollFirst());
            }
        }
        return admitted;
    }

    public static void main(String[] args) throws InterruptedException {
        JobSchedulerGate gate = new JobSchedulerGate(25);
        ExecutorService producers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 2_000; i++) {
            final int n = i;
            producers.execute(() -> gate.enqueue("job-" + n));
        }
        Thread scheduler = new Thread(() -> {
            int total = 0;
            for (int tick = 0; tick < 200; tick++) {
                total += gate.drainForTick().size();
            }
            System.out.println("admitted=" + total);
        }, "scheduler-tick");
        scheduler.start();
        producers.shutdown();
        producers.awaitTermination(10, TimeUnit.SECONDS);
        scheduler.join();
    }
}
