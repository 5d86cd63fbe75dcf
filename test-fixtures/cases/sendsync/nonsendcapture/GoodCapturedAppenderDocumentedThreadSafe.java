package sendsync.nonsendcapture;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The same appender, documented thread-safe: sharing it with the logger thread is its design, so the
 * capture is no defect of the caller's; the unlocked close is the appender's own race, reported there.
 */
public class GoodCapturedAppenderDocumentedThreadSafe {
    public void logThenClose() throws InterruptedException {
        DocumentedLineAppender appender = new DocumentedLineAppender(new StringWriter());
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

/** Appends lines to a writer. This class is thread-safe. */
final class DocumentedLineAppender {
    private Writer out;

    DocumentedLineAppender(Writer out) {
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
