package deadlock.blockingunderlock.statics;

import static deadlock.blockingunderlock.statics.Waits.finished;

import java.util.concurrent.Future;

/** The same loader asks a statically imported helper only whether the load is done: nothing blocks under the monitor. */
public class GoodStaticallyImportedCheck {
    private boolean ready;

    public synchronized boolean poll(Future<String> pending) {
        ready = finished(pending);
        return ready;
    }

    public synchronized boolean ready() {
        return ready;
    }
}
