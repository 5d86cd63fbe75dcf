package misuse.threadruncall;

import java.util.ArrayList;
import java.util.List;

/**
 * Workers kept as threads and "started" through a stream of the list: the lambda's parameter is an
 * element of the list, a {@code Thread}, and {@code run()} runs each body on the caller's thread.
 */
public class BadWorkersRunThroughStream {
    private final List<Thread> workers = new ArrayList<>();

    public void add(Runnable work) {
        workers.add(new Thread(work));
    }

    public void startIdle() {
        workers.stream().filter(w -> !w.isAlive()).forEach(w -> w.run()); // expect: ThreadRunCall['`w.run()` runs the thread's body on the calling thread']
    }
}
