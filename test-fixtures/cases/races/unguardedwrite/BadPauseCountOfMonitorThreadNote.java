package races.unguardedwrite;

/**
 * A pause monitor whose one thread, made and started once as the monitor starts, counts long pauses in
 * plain fields that getters return to a metrics thread. No update is lost (one thread makes them all, one
 * at a time); a getter may return a count a moment old. A note (hadoop's JvmPauseMonitor).
 */
public class BadPauseCountOfMonitorThreadNote {
    private volatile boolean running = true;
    private long pauses;
    private Thread monitor;

    public synchronized void start() {
        monitor = new Thread(this::watch); // related: UnguardedWrite@31['reaches the write from here']
        monitor.start();
    }

    public synchronized void stop() {
        running = false;
    }

    private void watch() {
        while (running) {
            long before = System.nanoTime();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            if (System.nanoTime() - before > 1_000_000_000L) {
                ++pauses; // expect: UnguardedWrite['one thread, which the program starts once for the object, makes every such write'], UnguardedWrite['(reached from the method reference in `BadPauseCountOfMonitorThreadNote.start` at line 14)']
            }
        }
    }

    public long pauses() {
        return pauses;
    }

    public static void report(BadPauseCountOfMonitorThreadNote m) {
        new Thread(() -> System.out.println(m.pauses())).start();
    }
}
