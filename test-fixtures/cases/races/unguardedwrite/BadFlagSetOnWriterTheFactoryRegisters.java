package races.unguardedwrite;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The look-alike of GoodFlagSetOnFactoryMadeWriter whose factory registers each writer in a shared list
 * before returning it, where a flusher may close it: {@code ownStream()} then writes the flag of a
 * writer other threads already hold, without the monitor its reader holds.
 */
public class BadFlagSetOnWriterTheFactoryRegisters {
    static final List<Writer> OPEN = new CopyOnWriteArrayList<>();

    public static Writer createWriter(OutputStream out) {
        Writer w = new Writer(out);
        OPEN.add(w);
        return w;
    }

    public static Writer open(OutputStream out) {
        return createWriter(out).ownStream();
    }

    public static void closeAll() throws IOException {
        for (Writer w : OPEN) {
            w.close();
        }
    }

    /** A writer of records to a stream. */
    public static class Writer {
        private final OutputStream out;
        private boolean ownOutputStream;

        Writer(OutputStream out) {
            this.out = out;
        }

        Writer ownStream() {
            this.ownOutputStream = true; // expect: UnguardedWrite['`ownOutputStream` is written without `this`']
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
}
