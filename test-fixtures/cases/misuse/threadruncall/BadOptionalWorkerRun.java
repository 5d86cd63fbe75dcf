package misuse.threadruncall;

import java.util.Optional;

/**
 * A worker kept in an {@code Optional} and "started" with {@code get().run()}: the value is a
 * {@code Thread}, and {@code run()} runs its body on the caller's thread.
 */
public class BadOptionalWorkerRun {
    private final Optional<Thread> worker;

    public BadOptionalWorkerRun(Runnable work) {
        this.worker = Optional.of(new Thread(work));
    }

    public void start() {
        worker.get().run(); // expect: ThreadRunCall['`worker.get().run()` runs the thread's body on the calling thread']
    }
}
