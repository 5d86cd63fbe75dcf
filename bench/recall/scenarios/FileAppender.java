// EXPECT: check-then-act @ line 34
package recall2;

import java.io.BufferedWriter;
import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Appends formatted log lines to a file. Loggers on any thread call append(); the logging
 * framework calls close() on reconfiguration or shutdown (log4j 1.x style).
 */
public class FileAppender {

    private final String fileName;
    private Writer writer;
    private volatile boolean closed;
    private long errors;

    public FileAppender(String fileName) throws IOException {
        this.fileName = fileName;
        this.writer = new BufferedWriter(new FileWriter(fileName, true));
    }

    public void append(String loggerName, String level, String message) {
        if (closed) {
            return;
        }
        String line = System.currentTimeMillis() + " " + level + " [" + loggerName + "] " + message
                + System.lineSeparator();
        if (writer != null) {
            try {
                writer.write(line);
                writer.flush();
            } catch (IOException e) {
                handleError(e);
            }
        }
    }

    private synchronized void handleError(IOException e) {
        errors++;
        System.err.println("log4j:ERROR failed to write to " + fileName + ": " + e.getMessage());
    }

    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                System.err.println("log4j:ERROR could not close " + fileName);
            }
            writer = null;
        }
    }

    public static void main(String[] args) throws Exception {
        File f = File.createTempFile("app", ".log");
        f.deleteOnExit();
        FileAppender appender = new FileAppender(f.getPath());
        Thread[] loggers = new Thread[4];
        for (int t = 0; t < loggers.length; t++) {
            loggers[t] = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    appender.append("com.example.Service", "INFO", "request " + i);
                }
            });
            loggers[t].start();
        }
        Thread.sleep(5);
        appender.close(); // reconfiguration while loggers are still running
        for (Thread t : loggers) {
            t.join();
        }
    }
}
