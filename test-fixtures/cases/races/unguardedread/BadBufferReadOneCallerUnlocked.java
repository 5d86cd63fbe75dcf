package races.unguardedread;

/**
 * BadBufferReadUnderCallersLockNote with one call in the program that does not lock the sink (the
 * status line): the program itself races with drain(), a warning.
 */
public class BadBufferReadOneCallerUnlocked {

    public interface Sink {
        /** Callers must hold the sink's monitor. */
        StringBuilder buffer();

        void drain();
    }

    public static final class FileSink implements Sink {
        private StringBuilder current = new StringBuilder();

        @Override
        public StringBuilder buffer() {
            return current; // expect: UnguardedRead['`current` is read without `this`, which guards every write to `current`']
        }

        @Override
        public synchronized void drain() {
            System.out.println(current);
            current = new StringBuilder();
        }
    }

    public static final class Encoder {
        public static void encode(Sink sink, String text) {
            synchronized (sink) {
                sink.buffer().append(text);
                sink.drain();
            }
        }

        public static int pending(Sink sink) {
            return sink.buffer().length();
        }
    }
}
