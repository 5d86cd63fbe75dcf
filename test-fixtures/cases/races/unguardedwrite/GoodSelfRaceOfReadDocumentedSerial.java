package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A content source whose interface documents that its reads are not to be made from several threads at
 * once: `read()` takes the part under the lock and clears it without, and the only other side of that
 * write is another `read()`, which the contract rules out. Producers add under the lock (jetty's
 * MultiPart.AbstractContentSource.read, under Content.Source's "concurrent reads from different threads
 * are not recommended").
 */
public class GoodSelfRaceOfReadDocumentedSerial {

    public interface Source {
        /**
         * Reads the next part, or {@code null} when none is there yet.
         * <p>Concurrent reads from different threads are not recommended, as they are inherently in a
         * race condition.</p>
         */
        String read();

        void add(String part);
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
            String next = part;
            part = null;
            return next;
        }

        @Override
        public void add(String next) {
            synchronized (lock) {
                parts.add(next);
            }
        }
    }
}
