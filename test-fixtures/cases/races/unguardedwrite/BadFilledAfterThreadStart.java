package races.unguardedwrite;

/**
 * A batch created in a local but captured by a started thread before the creating thread fills it:
 * both threads run {@code add} on it at once.
 */
public class BadFilledAfterThreadStart {

    static final class Updates {
        private boolean hasValue;
        private boolean finished;

        public void add(long doc) {
            hasValue = doc >= 0; // expect: UnguardedWrite['`hasValue` is written without `this`']
        }

        synchronized void finish() {
            finished = true;
        }

        synchronized boolean any() {
            return finished && hasValue;
        }
    }

    public boolean fill(long doc) throws InterruptedException {
        Updates updates = new Updates();
        Thread t = new Thread(() -> updates.add(doc)); // expect: NonSendCapture['`updates` is not thread-safe but is shared with a task']
        t.start();
        updates.add(doc); // expect: UseAfterSend['`updates` is sent to another thread']
        t.join();
        updates.finish();
        return updates.any();
    }
}
