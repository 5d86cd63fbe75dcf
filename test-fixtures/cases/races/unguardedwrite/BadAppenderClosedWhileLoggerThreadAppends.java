package races.unguardedwrite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * A logger thread appends through the appender under its monitor; main starts it and then closes the
 * appender, which clears the writer without the monitor: an append in flight can find it cleared between
 * its check and its use (issue 14's appender closed while another thread appends).
 */
public class BadAppenderClosedWhileLoggerThreadAppends {
    private Writer writer = new StringWriter();

    public synchronized void append(String line) throws IOException {
        if (writer != null) {
            writer.write(line);
        }
    }

    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null; // expect: UnguardedWrite['`writer` is written without a lock while a task may be using the object']
        }
    }

    public static void main(String[] args) throws Exception {
        BadAppenderClosedWhileLoggerThreadAppends app = new BadAppenderClosedWhileLoggerThreadAppends();
        Thread logger = new Thread(() -> {
            try {
                for (int i = 0; i < 1000; i++) {
                    app.append("event " + i); // expect: NonSendCapture['`app` is not thread-safe']
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        logger.start();
        app.close(); // expect: UseAfterSend['`app` is sent to another thread']
    }
}
