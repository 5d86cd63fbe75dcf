package publication.thisescape;

import java.util.Collection;
import java.util.ArrayList;

/**
 * The same index, but the tracker keeps subscribers in a plain ArrayList read by another thread without
 * a lock: nothing orders the constructor's writes before the flush thread's reads, so it can see the
 * index half built.
 */
public class BadRegistersInPlainList {

    /** Notifies its subscribers from the flush thread. */
    public static final class Tracker {
        private final Collection<BadRegistersInPlainList> subscribers = new ArrayList<>();

        public void subscribe(BadRegistersInPlainList s) {
            subscribers.add(s);
        }

        public void start() {
            new Thread(this::notifyAllSubscribers).start();
        }

        private void notifyAllSubscribers() {
            for (BadRegistersInPlainList s : subscribers) {
                s.flushed();
            }
        }
    }

    private final String name;
    private final int columns;
    private int flushes;

    public BadRegistersInPlainList(Tracker tracker, String name, int columns) {
        this.name = name;
        this.columns = columns;
        tracker.subscribe(this); // expect: ThisEscape['`this` is passed to `tracker.subscribe(...)`, which keeps it'], ThisEscape['the hand-over is none known to order the constructor']
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
