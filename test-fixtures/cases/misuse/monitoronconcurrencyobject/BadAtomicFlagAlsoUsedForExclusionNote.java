package misuse.monitoronconcurrencyobject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A completion flag whose monitor is a condition queue in one place but also guards a list elsewhere: the atomic's lock-free set() bypasses that exclusion, so the mixed use misleads; every set holds the monitor here, so the findings are notes. */
public class BadAtomicFlagAlsoUsedForExclusionNote {
    private final AtomicBoolean done = new AtomicBoolean();
    private final List<String> log = new ArrayList<>();

    public void await() throws InterruptedException {
        synchronized (done) { // expect: MonitorOnConcurrencyObject['here it serves as a plain lock']
            while (!done.get()) {
                done.wait();
            }
        }
    }

    public void record(String line) {
        synchronized (done) { // expect: MonitorOnConcurrencyObject['here it serves as a plain lock']
            log.add(line);
        }
    }

    public void complete() {
        synchronized (done) { // expect: MonitorOnConcurrencyObject['here it serves as a plain lock']
            done.set(true);
            done.notifyAll();
        }
    }
}
