package deadlock.blockingunderlock;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * As GoodGetOnlyWhereSeenDone, but the future asked is not the one waited for: the wait on the other
 * future may last as long as its task, under the monitor.
 */
public class BadGetWhereAnotherFutureSeenDone {
    private final Future<String> upload;
    private final Future<String> index;
    private boolean active = true;

    public BadGetWhereAnotherFutureSeenDone(Future<String> upload, Future<String> index) {
        this.upload = upload;
        this.index = index;
    }

    public synchronized void abort() throws InterruptedException, ExecutionException {
        if (active && upload.isDone()) {
            System.out.println(index.get()); // expect: BlockingUnderLock['`index.get()` may block for a long time while holding `this`']
            active = false;
        }
    }

    public synchronized boolean isActive() {
        return active;
    }
}
