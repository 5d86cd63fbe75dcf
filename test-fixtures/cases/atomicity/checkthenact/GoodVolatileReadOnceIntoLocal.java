package atomicity.checkthenact;

import java.io.IOException;
import java.io.Writer;

/**
 * The look-alike: append() reads the writer once into a local and tests and uses that, and flush() tests
 * and uses it under the lock stop() clears it under; neither can see the null its test ruled out.
 */
public class GoodVolatileReadOnceIntoLocal {
    private final Object lock = new Object();
    private volatile Writer writer;

    public GoodVolatileReadOnceIntoLocal(Writer writer) {
        this.writer = writer;
    }

    public void append(String line) throws IOException {
        Writer w = writer;
        if (w == null) {
            return;
        }
        w.write(line);
    }

    public void flush() throws IOException {
        synchronized (lock) {
            if (writer != null) {
                writer.flush();
            }
        }
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
