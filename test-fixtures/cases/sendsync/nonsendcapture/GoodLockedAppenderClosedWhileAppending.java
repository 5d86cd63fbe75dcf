package sendsync.nonsendcapture;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The look-alike: the same logger thread and the same close, but the appender locks {@code close} too,
 * so every access to its writer holds its monitor and the appender is safe to share.
 */
public class GoodLockedAppenderClosedWhileAppending {
    public void logThenClose() throws InterruptedException {
        LockedLineAppender appender = new LockedLineAppender(new StringWriter());
        Thread logger = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                appender.append("event " + i);
            }
        });
        logger.start();
        appender.close();
        logger.join();
    }
}

final class LockedLineAppender {
    private Writer out;

    LockedLineAppender(Writer out) {
        this.out = out;
    }

    synchronized void append(String line) {
        if (out == null) {
            return;
        }
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            out = null;
        }
    }

    synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            out = null;
        }
    }
}
