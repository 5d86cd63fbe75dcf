package races.unguardedwrite.internal;

import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An internal class that extends a library type: nothing in the program calls {@code write}, but the
 * library code it is handed to (a {@code PrintStream} of any client) does, on any thread, while the
 * flusher's task clears the count.
 */
public class BadInternalStreamWrittenByLibraryCallers extends OutputStream {
    private final ExecutorService flusher = Executors.newSingleThreadExecutor();
    private long written;

    @Override
    public void write(int b) {
        written++;
    }

    public void clearLater() {
        flusher.execute(() -> written = 0); // expect: UnguardedWrite['`written` is written without a lock, by a task that runs on another thread']
    }
}
