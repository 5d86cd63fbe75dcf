package misuse.interruptswallowed;

import java.lang.ref.ReferenceQueue;

/**
 * A cleaner thread created for this loop ignores interrupts on purpose and stops when the queue hands it
 * the sentinel: its loop has its own way to end (guava Finalizer.run).
 */
public class GoodPoisonPillLoop extends Thread {
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();

    @Override
    public void run() {
        while (true) {
            try {
                if (!cleanUp(queue.remove())) {
                    break;
                }
            } catch (InterruptedException e) {
                // ignored: only the sentinel stops this thread
            }
        }
    }

    private boolean cleanUp(Object reference) {
        return reference != null;
    }
}
