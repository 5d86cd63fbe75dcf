package races.unguardedwrite;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A writer closes its stream under its monitor only when it owns it; the flag saying so is set without
 * the monitor by {@code ownStream()}, which the program calls only on a writer a factory has just made
 * ({@code createWriter(out, compressed).ownStream()}): every return of the factory is a new writer
 * nothing else holds, so the caller owns it, and the setter sets it up before it is shared (hadoop
 * SequenceFile.createWriter(...).ownStream()).
 */
public class GoodFlagSetOnFactoryMadeWriter {

    public static Writer createWriter(OutputStream out, boolean compressed) {
        return compressed ? new CompressedWriter(out) : new Writer(out);
    }

    public static Writer open(OutputStream out, boolean compressed) {
        return createWriter(out, compressed).ownStream();
    }

    /** A writer of records to a stream. */
    public static class Writer {
        private final OutputStream out;
        private boolean ownOutputStream;

        Writer(OutputStream out) {
            this.out = out;
        }

        Writer ownStream() {
            this.ownOutputStream = true;
            return this;
        }

        public synchronized void append(byte[] record) throws IOException {
            out.write(record);
        }

        public synchronized void close() throws IOException {
            if (ownOutputStream) {
                out.close();
            }
        }
    }

    /** A writer that compresses what it writes. */
    public static class CompressedWriter extends Writer {
        CompressedWriter(OutputStream out) {
            super(out);
        }
    }
}
