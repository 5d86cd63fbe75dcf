package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** An ArrayList written under a ReentrantLock but summed by a for-each that does not take it. */
public class BadGuardedListIteratedUnlocked {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Integer> samples = new ArrayList<>();

    public void record(int sample) {
        lock.lock();
        try {
            samples.add(sample);
        } finally {
            lock.unlock();
        }
    }

    public long sum() {
        long total = 0;
        for (int sample : samples) { // expect: UnsafeIteration['`samples` is iterated without holding `lock`, yet it is guarded by `lock` wherever it is changed']
            total += sample;
        }
        return total;
    }
}
