package races.unguardedwrite;

/**
 * The same count made by a thread each call of a public method starts: two such threads can run at once
 * and lose each other's increments.
 */
public class BadPauseCountOfThreadPerCall {
    private long pauses;

    public void probe() {
        new Thread(this::measure).start(); // related: UnguardedWrite@22['reaches the write from here']
    }

    private void measure() {
        long before = System.nanoTime();
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            return;
        }
        if (System.nanoTime() - before > 1_000_000_000L) {
            ++pauses; // expect: UnguardedWrite['`pauses` is updated without a lock, by a task that runs on another thread'], UnguardedWrite['(reached from the method reference in `BadPauseCountOfThreadPerCall.probe` at line 11)']
        }
    }

    public long pauses() {
        return pauses;
    }
}
