package atomicity.nonatomicvolatileupdate;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Hit counter built on AtomicInteger and LongAdder: every update is one atomic operation. */
public class GoodAtomicCounter {
    private final AtomicInteger hits = new AtomicInteger();
    private final LongAdder bytes = new LongAdder();

    public void hit(int size) {
        hits.incrementAndGet();
        bytes.add(size);
    }

    public int hits() {
        return hits.get();
    }

    public long bytes() {
        return bytes.sum();
    }
}
