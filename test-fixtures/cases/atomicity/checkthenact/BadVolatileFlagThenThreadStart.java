package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A heartbeat sender started lazily by whichever request thread first needs it, meant to run once per
 * process: the volatile flag is tested and then set, so two request threads can both start a sender.
 */
public class BadVolatileFlagThenThreadStart {
    private volatile boolean started;
    private volatile boolean stopping;
    private final AtomicLong beats = new AtomicLong();

    public void ensureStarted() {
        if (!started) { // related: CheckThenAct['`started` is tested here']
            started = true; // expect: CheckThenAct['check-then-act on volatile `started`'], CheckThenAct['both start the thread at line 19']
            Thread t = new Thread(this::loop, "heartbeat");
            t.setDaemon(true);
            t.start(); // related: CheckThenAct['the thread is started here']
        }
    }

    private void loop() {
        while (!stopping) {
            beats.incrementAndGet();
        }
    }

    public void stop() {
        stopping = true;
    }

    public long beats() {
        return beats.get();
    }
}
