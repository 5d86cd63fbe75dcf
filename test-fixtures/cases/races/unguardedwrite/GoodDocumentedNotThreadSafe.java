package races.unguardedwrite;

/**
 * A buffer whose class comment says it is not thread-safe: its callers confine or lock it, so the
 * inconsistent locking inside is theirs to get right, not a race in the buffer (issue 12, cause 6). The
 * same class without the comment is reported (below).
 */
public class GoodDocumentedNotThreadSafe {

    /** A reusable byte counter. This class is not thread-safe: confine each instance to one thread. */
    public static class Buffer {
        private int size;

        public synchronized void reset() {
            size = 0;
        }

        public synchronized int size() {
            return size;
        }

        public void append() {
            size++;
        }
    }

    /** A reusable byte counter. An instance isn't thread-safe: its owner keeps it to one thread. */
    public static class DocumentedWithAContraction {
        private int size;

        public synchronized void reset() {
            size = 0;
        }

        public synchronized int size() {
            return size;
        }

        public void append() {
            size++;
        }
    }

    /** A reusable byte counter. */
    public static class Undocumented {
        private int size;

        public synchronized void reset() {
            size = 0;
        }

        public synchronized int size() {
            return size;
        }

        public void append() {
            size++; // expect: UnguardedWrite['`size` is updated without `this`'], UnguardedWrite['runs on client threads calling `Undocumented`']
        }
    }
}
