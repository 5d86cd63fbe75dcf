package sendsync.nonsendcapture;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * A logger thread appends while the caller closes the appender. The appender locks {@code append} but
 * not {@code close}, which sets the writer to null without the lock: its locks do not make it safe to
 * share, and the close can run in the middle of an append (the shape of log4j appender-close bugs).
 */
public class BadPartlyLockedAppenderClosedWhileAppending {
    public void logThenClose() throws InterruptedException {
        LineAppender appender = new LineAppender(new StringWriter());
        Thread logger = new Thread(() -> {
            for (int i = 0; i < 1000; i++) {
                appender.append("event " + i); // expect: NonSendCapture['`appender` is not thread-safe but is shared with a task run on another thread by `new Thread(...).start()`'], NonSendCapture['changes it at line 21 before waiting for the task']
            }
        });
        logger.start();
        appender.close(); // expect: UseAfterSend
        logger.join();
    }
}

final class LineAppender {
    private Writer out;

    LineAppender(Writer out) {
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

    void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            out = null; // expect: UnguardedWrite['`out` is written without `this`, which guards 2 other accesses to it']
        }
    }
}
