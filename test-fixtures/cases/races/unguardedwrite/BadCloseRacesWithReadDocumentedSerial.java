package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The look-alike: the same source, whose reads are documented one at a time, but `close()`, which a
 * producer may call while the consumer reads, also clears the part without the lock: the contract says
 * nothing about `close()` against `read()`, and that pair is reported.
 */
public class BadCloseRacesWithReadDocumentedSerial {

    public interface Source {
        /**
         * Reads the next part, or {@code null} when none is there yet.
         * <p>Concurrent reads from different threads are not recommended, as they are inherently in a
         * race condition.</p>
         */
        String read();

        void add(String part);

        void close();
    }

    public static class PartSource implements Source {
        private final Object lock = new Object();
        private final Deque<String> parts = new ArrayDeque<>();
        private String part;

        @Override
        public String read() {
            synchronized (lock) {
                if (part == null) {
                    part = parts.poll();
                }
            }
            return part;
        }

        @Override
        public void add(String next) {
            synchronized (lock) {
                parts.add(next);
            }
        }

        @Override
        public void close() {
            part = null; // expect: UnguardedWrite['`part` is written without `lock`']
        }
    }
}
