package misuse.monitoronconcurrencyobject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Journal that reuses its AtomicLong sequence as a monitor: the atomic's own operations are lock-free, so the monitor guards nothing about it and misleads readers. */
public class BadSynchronizedOnAtomic {
    private final AtomicLong sequence = new AtomicLong();
    private final List<String> journal = new ArrayList<>();

    public void append(String entry) {
        synchronized (sequence) { // expect: MonitorOnConcurrencyObject
            journal.add(sequence.incrementAndGet() + ":" + entry);
        }
    }

    public List<String> snapshot() {
        synchronized (sequence) { // expect: MonitorOnConcurrencyObject
            return new ArrayList<>(journal);
        }
    }
}
