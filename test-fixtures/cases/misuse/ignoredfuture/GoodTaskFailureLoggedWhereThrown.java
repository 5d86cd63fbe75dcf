package misuse.ignoredfuture;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.logging.Logger;

/**
 * A pool filler whose task can fail only when the bag it adds to is closed, and the bag logs that right
 * where it throws: the dropped Future loses nothing nobody sees.
 */
public class GoodTaskFailureLoggedWhereThrown {
    private static final Logger LOGGER = Logger.getLogger("bag");
    private final ExecutorService addConnectionExecutor;
    private final List<String> shared = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    public GoodTaskFailureLoggedWhereThrown(ExecutorService addConnectionExecutor) {
        this.addConnectionExecutor = addConnectionExecutor;
    }

    public void fill() {
        addConnectionExecutor.submit(() -> add("connection"));
    }

    public void close() {
        closed = true;
    }

    private void add(String entry) {
        if (closed) {
            LOGGER.info("bag has been closed, ignoring add()");
            throw new IllegalStateException("bag has been closed, ignoring add()");
        }
        shared.add(entry);
    }
}
