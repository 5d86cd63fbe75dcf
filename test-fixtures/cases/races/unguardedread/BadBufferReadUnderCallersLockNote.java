package races.unguardedread;

/**
 * The sink's contract asks callers to lock the sink around buffer(), and every call in the program does
 * (the encoder): only code outside the program that skips the lock races with drain(),
 * so the read is a note that says so.
 */
public class BadBufferReadUnderCallersLockNote {

    public interface Sink {
        /** Callers must hold the sink's monitor. */
        StringBuilder buffer();

        void drain();
    }

    public static final class FileSink implements Sink {
        private StringBuilder current = new StringBuilder();

        @Override
        public StringBuilder buffer() {
            return current; // expect: UnguardedRead['every call of `FileSink.buffer` in the program holds `this` around it (as in `Encoder.encode`): the race needs code outside the program to call it without that lock']
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
    }
}
