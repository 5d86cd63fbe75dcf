package atomicity.unsafeiteration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** An ArrayList written and iterated only while holding the same ReentrantLock. */
public class GoodGuardedListIteratedLocked {
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
        lock.lock();
        try {
            long total = 0;
            for (int sample : samples) {
                total += sample;
            }
            return total;
        } finally {
            lock.unlock();
        }
    }
}
