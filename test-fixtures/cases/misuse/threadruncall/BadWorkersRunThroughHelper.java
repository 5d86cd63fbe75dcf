package misuse.threadruncall;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Workers kept as threads and "started" through a helper taking a {@code Consumer<Thread>}: the lambda's
 * parameter is a {@code Thread}, and {@code run()} runs each body on the caller's thread.
 */
public class BadWorkersRunThroughHelper {
    private final List<Thread> workers = new ArrayList<>();

    public void add(Runnable work) {
        workers.add(new Thread(work));
    }

    public void startAll() {
        each(w -> w.run()); // expect: ThreadRunCall['`w.run()` runs the thread's body on the calling thread']
    }

    private void each(Consumer<Thread> action) {
        for (Thread w : workers) {
            action.accept(w);
        }
    }
}
