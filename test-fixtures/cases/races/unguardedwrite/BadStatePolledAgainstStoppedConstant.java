package races.unguardedwrite;

/**
 * A worker thread runs until its state is STOPPED: the loop compares the state with a constant, and
 * nothing in the loop changes either side, so it waits to see another thread's write; the plain write in
 * {@code shutdown} may never be seen. (A limit the loop counts up to is not such a wait.)
 */
public class BadStatePolledAgainstStoppedConstant extends Thread {
    private static final int RUNNING = 1;
    private static final int STOPPED = 2;
    private int state = RUNNING; // expect: UnguardedWrite['`state`, neither volatile nor guarded, is written in `BadStatePolledAgainstStoppedConstant.shutdown` without a lock, while a task that runs on another thread polls it in a loop']
    private long ticks;

    @Override
    public void run() {
        while (state != STOPPED) { // expect: UnguardedWrite['this loop polls `state`']
            ticks++;
            Thread.onSpinWait();
        }
    }

    public void shutdown() {
        state = STOPPED;
    }
}
