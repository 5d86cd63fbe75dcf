package atomicity.checkthenact;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The look-alikes: {@code resetTo} reads the old demand for its answer and stores the value its caller
 * gave (a parameter, not computed from the read); {@code request} adds with one atomic step.
 */
public class GoodAtomicReadThenSetOfGivenLocal {
    private final AtomicLong requested = new AtomicLong();

    public long resetTo(long demand) {
        long previous = requested.get();
        long next = demand;
        requested.set(next);
        return previous;
    }

    public void request(long n) {
        requested.accumulateAndGet(n, (current, add) -> current + add < 0 ? Long.MAX_VALUE : current + add);
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
