package atomicity.checkthenact;

import java.io.IOException;
import java.io.Writer;

/**
 * An appender whose stop() closes and clears the writer under the lock while application threads append:
 * append() tests the field, then reads it again to write, and can find the null its test ruled out.
 */
public class BadVolatileTestedThenReread {
    private final Object lock = new Object();
    private volatile Writer writer;

    public BadVolatileTestedThenReread(Writer writer) {
        this.writer = writer;
    }

    public void append(String line) throws IOException {
        if (writer == null) {
            return;
        }
        writer.write(line); // expect: CheckThenAct['check-then-act on `writer`: it is tested non-null at line 19, then read again here and used, but `BadVolatileTestedThenReread.stop` sets it to null in between on another thread']
        writer.flush();
    }

    public void stop() throws IOException {
        synchronized (lock) {
            Writer w = writer;
            if (w != null) {
                w.close();
                writer = null;
            }
        }
    }
}
