package races.unguardedwrite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The same appender, but main waits for the logger thread before it closes the appender: the join orders
 * every append before the close.
 */
public class GoodAppenderClosedAfterLoggerJoined {
    private Writer writer = new StringWriter();

    public synchronized void append(String line) throws IOException {
        if (writer != null) {
            writer.write(line);
        }
    }

    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    public static void main(String[] args) throws Exception {
        GoodAppenderClosedAfterLoggerJoined app = new GoodAppenderClosedAfterLoggerJoined();
        Thread logger = new Thread(() -> {
            try {
                for (int i = 0; i < 1000; i++) {
                    app.append("event " + i);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        logger.start();
        logger.join();
        app.close();
    }
}
