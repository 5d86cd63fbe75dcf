package misuse.monitoronconcurrencyobject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A completion flag whose monitor is a condition queue in one place but also guards a list elsewhere: the atomic's lock-free set() bypasses that exclusion, so the mixed use misleads. */
public class BadAtomicFlagAlsoUsedForExclusion {
    private final AtomicBoolean done = new AtomicBoolean();
    private final List<String> log = new ArrayList<>();

    public void await() throws InterruptedException {
        synchronized (done) { // expect: MonitorOnConcurrencyObject
            while (!done.get()) {
                done.wait();
            }
        }
    }

    public void record(String line) {
        synchronized (done) { // expect: MonitorOnConcurrencyObject
            log.add(line);
        }
    }

    public void complete() {
        synchronized (done) { // expect: MonitorOnConcurrencyObject
            done.set(true);
            done.notifyAll();
        }
    }
}
