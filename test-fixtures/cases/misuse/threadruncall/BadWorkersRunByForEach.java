package misuse.threadruncall;

import java.util.ArrayList;
import java.util.List;

/**
 * Workers kept as threads and "started" through {@code forEach} with {@code run()}: each body runs on the
 * caller's thread, one after the other.
 */
public class BadWorkersRunByForEach {
    private final List<Thread> workers = new ArrayList<>();

    public void add(Runnable work) {
        workers.add(new Thread(work));
    }

    public void startAll() {
        workers.forEach(w -> w.run()); // expect: ThreadRunCall['`w.run()` runs the thread's body on the calling thread']
    }
}
