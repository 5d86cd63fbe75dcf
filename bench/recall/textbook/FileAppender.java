// EXPECT: race-write @ line 26
package recall;

import java.io.BufferedWriter;
import java.io.FileWriter;
import java.io.IOException;
import java.io.Writer;

public class FileAppender {
    private Writer writer;

    public FileAppender(String path) throws IOException {
        this.writer = new BufferedWriter(new FileWriter(path, true));
    }

    public synchronized void append(String line) throws IOException {
        if (writer != null) {
            writer.write(line);
            writer.write(System.lineSeparator());
        }
    }

    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    public static void main(String[] args) throws Exception {
        FileAppender app = new FileAppender("app.log");
        Thread logger = new Thread(() -> {
            try {
                for (int i = 0; i < 100_000; i++) {
                    app.append("event " + i);
                }
            } catch (IOException e) {
                e.printStackTrace();
            }
        });
        logger.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.close();
            } catch (IOException ignored) {
            }
        }));
        Thread.sleep(10);
        app.close();
    }
}
