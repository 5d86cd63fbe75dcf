package misuse.ignoredfuture;

import java.io.IOException;
import java.util.concurrent.ExecutorService;

/**
 * The task catches the IOException of the copy, but a runtime failure (a bad path, a full buffer) is
 * stored in the dropped Future and nobody ever sees it.
 */
public class BadTaskCatchesOnlyChecked {

    public void copyLater(ExecutorService pool, String from, String to) {
        pool.submit(() -> { // expect: IgnoredFuture['the Future returned by `submit` is dropped']
            try {
                copy(from, to);
            } catch (IOException e) {
                System.err.println("copy failed: " + e);
            }
        });
    }

    private void copy(String from, String to) throws IOException {
        if (from.equals(to)) {
            throw new IllegalArgumentException("same file " + from);
        }
        if (from.isEmpty()) {
            throw new IOException("no source");
        }
    }
}
