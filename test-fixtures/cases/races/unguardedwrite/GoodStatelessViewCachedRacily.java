package races.unguardedwrite;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A set documented as not thread-safe caches a view of itself without a lock: the view has no state
 * but its outer reference, so a race only builds two equal views. The lock evidence comes only from a
 * subclass that calls {@code values()} under its own monitor (hadoop LightWeightGSet.values, races
 * review #2).
 */
public class GoodStatelessViewCachedRacily {

    /** Not thread-safe. */
    public static class LightSet<E> {
        private final List<E> elements = new ArrayList<>();
        private Collection<E> values;

        public void add(E e) {
            elements.add(e);
        }

        public Collection<E> values() {
            if (values == null) {
                values = new Values();
            }
            return values;
        }

        private final class Values extends AbstractCollection<E> {
            @Override
            public Iterator<E> iterator() {
                return elements.iterator();
            }

            @Override
            public int size() {
                return elements.size();
            }
        }
    }

    /** The thread-safe subclass: every method takes its monitor. */
    public static class SynchronizedSet<E> extends LightSet<E> {
        @Override
        public synchronized void add(E e) {
            super.add(e);
        }

        public synchronized List<E> snapshot() {
            return new ArrayList<>(values());
        }
    }
}
