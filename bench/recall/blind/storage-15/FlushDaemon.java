// EXPECT: none
package probe15a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

// Background thread that writes sealed memtables out as segment files. The
// engine starts it at open() and calls shutdownAndWait() from the closing thread.
public class FlushDaemon extends Thread {

    record SealedMemtable(long id, List<String> entries) {
    }

    private final ConcurrentLinkedQueue<SealedMemtable> queue = new ConcurrentLinkedQueue<>();
    private volatile boolean stopRequested; // OK: volatile, so the closer's write is visible to the loop in run()
    private long flushed;

    public FlushDaemon() {
        super("flush-daemon");
        setDaemon(true);
    }

    public void enqueue(SealedMemtable memtable) {
        queue.add(memtable);
    }

    @Override
    public void run() {
        int idleRounds = 0;
        while (!stopRequested) {
            SealedMemtable m = queue.poll();
            if (m == null) {
                idleRounds++;
                Thread.onSpinWait();
                continue;
            }
            idleRounds = 0;
            writeSegment(m);
            flushed++;
        }
    }

    private void writeSegment(SealedMemtable m) {
        List<String> sorted = new ArrayList<>(m.entries());
        sorted.sort(null);
        // write sorted entries to segment-<id>.dat and fsync
    }

    public void shutdownAndWait() throws InterruptedException {
        stopRequested = true;
        join();
    }

    // Meaningful only after shutdownAndWait() has joined the daemon.
    public long flushed() {
        return flushed;
    }

    public static void main(String[] args) throws Exception {
        FlushDaemon daemon = new FlushDaemon();
        daemon.start();
        for (int i = 0; i < 100; i++) {
            daemon.enqueue(new SealedMemtable(i, List.of("k" + i, "k" + (i + 1))));
        }
        Thread.sleep(200);
        daemon.shutdownAndWait();
        System.out.println("memtables flushed: " + daemon.flushed());
    }
}
