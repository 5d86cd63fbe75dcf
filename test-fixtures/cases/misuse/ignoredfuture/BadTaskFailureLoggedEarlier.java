package misuse.ignoredfuture;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.logging.Logger;

/**
 * The same filler, whose bag logs the add before it checks, not the failure: the exception it throws when
 * closed stays in the dropped Future.
 */
public class BadTaskFailureLoggedEarlier {
    private static final Logger LOGGER = Logger.getLogger("bag");
    private final ExecutorService addConnectionExecutor;
    private final List<String> shared = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    public BadTaskFailureLoggedEarlier(ExecutorService addConnectionExecutor) {
        this.addConnectionExecutor = addConnectionExecutor;
    }

    public void fill() {
        addConnectionExecutor.submit(() -> add("connection")); // expect: IgnoredFuture['the Future returned by `submit` is dropped']
    }

    public void close() {
        closed = true;
    }

    private void add(String entry) {
        LOGGER.info("adding " + entry);
        if (closed) {
            throw new IllegalStateException("bag has been closed");
        }
        shared.add(entry);
    }
}
