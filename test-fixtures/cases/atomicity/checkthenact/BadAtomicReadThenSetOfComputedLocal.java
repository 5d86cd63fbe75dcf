package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Reactive-streams demand: {@code request(n)} reads the outstanding demand into a local, computes the
 * capped sum in another local, and stores it. The emitter thread's decrement in between is lost, and
 * more is delivered than was asked for.
 */
public class BadAtomicReadThenSetOfComputedLocal {
    private final AtomicLong requested = new AtomicLong();

    public void request(long n) {
        long current = requested.get();
        long updated = current + n < 0 ? Long.MAX_VALUE : current + n;
        requested.set(updated); // expect: CheckThenAct['check-then-act on atomic `requested`: `get` and then `set` are each atomic, but not together']
    }

    private volatile boolean running = true;

    public void startEmitter() {
        Thread emitter = new Thread(() -> {
            while (running) {
                requested.decrementAndGet();
            }
        });
        emitter.start();
    }

    public void stop() {
        running = false;
    }
}
