package publication.thisescape;

import java.util.ArrayList;
import java.util.List;

/**
 * The index manager is created only in the store's constructor, and subscribes to the store's tracker,
 * which that same constructor allocated a few lines earlier: no other thread can reach the tracker yet,
 * and the subscribe is the last statement (cassandra SecondaryIndexManager, publication review #3).
 */
public class GoodSubscribesToOwnersNewPart {

    /** A table's store. */
    public static final class Store {
        private final Tracker tracker;
        private final IndexManager indexes;

        public Store() {
            tracker = new Tracker();
            indexes = new IndexManager(this);
        }

        Tracker tracker() {
            return tracker;
        }

        public IndexManager indexes() {
            return indexes;
        }
    }

    /** Notifies subscribers of data changes. */
    public static final class Tracker {
        private final List<Subscriber> subscribers = new ArrayList<>();

        public synchronized void subscribe(Subscriber subscriber) {
            subscribers.add(subscriber);
        }

        public void notifyAdded(String sstable) {
            List<Subscriber> current;
            synchronized (this) {
                current = new ArrayList<>(subscribers);
            }
            for (Subscriber s : current) {
                s.added(sstable);
            }
        }
    }

    /** A data-change listener. */
    public interface Subscriber {
        void added(String sstable);
    }

    /** Keeps the secondary indexes of a store up to date. */
    public static final class IndexManager implements Subscriber {
        private final Store base;
        private final List<String> built = new ArrayList<>();

        IndexManager(Store base) {
            this.base = base;
            base.tracker().subscribe(this);
        }

        @Override
        public synchronized void added(String sstable) {
            built.add(sstable);
        }
    }
}
