package races.unguardedread;

/**
 * Output managers share a buffer field declared in their base class. The base class's locked write
 * calls a drain hook when the buffer is full; only the mapped kind's hook replaces the buffer. The file
 * kind's unlocked size query reads the same inherited field, but on a file manager: the mapped hook
 * never runs on such an object, and nothing else replaces its buffer after construction.
 */
public class GoodSiblingManagerReadsInheritedBuffer {

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
    }

    /** Writes to a plain file through a buffer of fixed size. */
    public static final class FileManager extends Manager {
        public int bufferSize() {
            return buffer.length;
        }
    }
}
