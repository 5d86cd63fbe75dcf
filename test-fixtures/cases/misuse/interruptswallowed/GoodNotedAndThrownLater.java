package misuse.interruptswallowed;

import java.util.concurrent.CountDownLatch;

/**
 * The handler notes the interrupt, the method cleans up, then throws a fresh InterruptedException
 * because of it (cassandra AbstractCommitLogSegmentManager).
 */
public class GoodNotedAndThrownLater {
    private final CountDownLatch segmentTaken = new CountDownLatch(1);

    public void awaitTaken() throws InterruptedException {
        boolean interrupted = false;
        try {
            segmentTaken.await();
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            discard();
            throw new InterruptedException();
        }
    }

    private void discard() {
        System.out.println("discarding the pending segment");
    }
}
