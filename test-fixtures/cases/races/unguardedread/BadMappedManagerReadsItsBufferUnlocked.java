package races.unguardedread;

/**
 * Output managers share a buffer field declared in their base class, as in the good case, but the
 * mapped kind itself answers its buffer's size without the lock, while its drain hook, run from the
 * base class's locked write on the same object, replaces the buffer.
 */
public class BadMappedManagerReadsItsBufferUnlocked {

    /** A manager that collects bytes and drains them when its buffer is full. */
    public abstract static class Manager {
        protected byte[] buffer = new byte[64];
        private int used;

        public synchronized void write(byte[] data) {
            if (used + data.length > buffer.length) {
                drain();
            }
            System.arraycopy(data, 0, buffer, used, Math.min(data.length, buffer.length - used));
            used += data.length;
        }

        protected void drain() {
            used = 0;
        }
    }

    /** Maps regions of a file and grows its buffer with each one. */
    public static final class MappedManager extends Manager {
        private int regions;

        @Override
        protected void drain() {
            buffer = new byte[buffer.length * 2];
            regions++;
            super.drain();
        }

        public synchronized int regions() {
            return regions;
        }

        public int mappedSize() {
            return buffer.length; // expect: UnguardedRead['`buffer` is read without `this`']
        }
    }

    /** Writes to a plain file through a buffer of fixed size. */
    public static final class FileManager extends Manager {
        public int bufferSize() {
            return buffer.length;
        }
    }
}
