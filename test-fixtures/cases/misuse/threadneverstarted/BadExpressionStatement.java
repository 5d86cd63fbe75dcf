package misuse.threadneverstarted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Temp-file janitor that creates its cleanup thread as a bare expression statement: the thread is never started and the files are never deleted. */
public class BadExpressionStatement {
    private static final Logger LOG = Logger.getLogger(BadExpressionStatement.class.getName());

    public void cleanUpLater(Path tempFile) {
        new Thread(() -> delete(tempFile), "temp-cleaner"); // expect: ThreadNeverStarted
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + file, e);
        }
    }
}
