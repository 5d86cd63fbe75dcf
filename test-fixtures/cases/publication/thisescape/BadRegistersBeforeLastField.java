package publication.thisescape;

import java.util.Collection;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The same index, but the constructor assigns {@code columns} after subscribing: the flush thread can
 * call {@code flushed} and read it before it is set.
 */
public class BadRegistersBeforeLastField {

    /** Notifies its subscribers from the flush thread. */
    public static final class Tracker {
        private final Collection<BadRegistersBeforeLastField> subscribers = new CopyOnWriteArrayList<>();

        public void subscribe(BadRegistersBeforeLastField s) {
            subscribers.add(s);
        }

        public void start() {
            new Thread(this::notifyAllSubscribers).start();
        }

        private void notifyAllSubscribers() {
            for (BadRegistersBeforeLastField s : subscribers) {
                s.flushed();
            }
        }
    }

    private final String name;
    private final int columns;
    private int flushes;

    public BadRegistersBeforeLastField(Tracker tracker, String name, int columns) {
        this.name = name;
        tracker.subscribe(this); // expect: ThisEscape['`columns` is assigned only after it']
        this.columns = columns;
        System.out.println("index " + name + " on " + columns + " columns");
    }

    public synchronized void flushed() {
        flushes++;
        System.out.println(name + columns + flushes);
    }

    public synchronized int flushes() {
        return flushes;
    }
}
