package misuse.monitoronconcurrencyobject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Journal that reuses its AtomicLong sequence as a monitor: the atomic's own operations are lock-free, so
 * the monitor guards nothing about it; every change of the sequence holds it, so nothing is left
 * unexcluded, and the finding is a note: a dedicated lock object would say what the monitor guards.
 */
public class BadSynchronizedOnAtomicNote {
    private final AtomicLong sequence = new AtomicLong();
    private final List<String> journal = new ArrayList<>();

    public void append(String entry) {
        synchronized (sequence) { // expect: MonitorOnConcurrencyObject['here it serves as a plain lock']
            journal.add(sequence.incrementAndGet() + ":" + entry);
        }
    }

    public List<String> snapshot() {
        synchronized (sequence) { // expect: MonitorOnConcurrencyObject['here it serves as a plain lock']
            return new ArrayList<>(journal);
        }
    }
}
