package publication.thisescape;

import java.util.Collection;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An index subscribes to its table's tracker as the last thing its constructor does to the object:
 * every field is assigned before, the tracker keeps subscribers in a CopyOnWriteArrayList (a safe
 * publication: the notifying thread sees every write made before the add), and no subclass in the
 * program assigns more after. The code after the subscribe only uses other objects (cassandra
 * SASIIndex, publication review).
 */
public class GoodRegistersLastInConcurrentList {

    /** Notifies its subscribers from the flush thread. */
    public static final class Tracker {
        private final Collection<GoodRegistersLastInConcurrentList> subscribers = new CopyOnWriteArrayList<>();

        public void subscribe(GoodRegistersLastInConcurrentList s) {
            subscribers.add(s);
        }

        public void start() {
            new Thread(this::notifyAllSubscribers).start();
        }

        private void notifyAllSubscribers() {
            for (GoodRegistersLastInConcurrentList s : subscribers) {
                s.flushed();
            }
        }
    }

    private final String name;
    private final int columns;
    private int flushes;

    public GoodRegistersLastInConcurrentList(Tracker tracker, String name, int columns) {
        this.name = name;
        this.columns = columns;
        tracker.subscribe(this);
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
