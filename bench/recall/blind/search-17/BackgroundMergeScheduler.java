// EXPECT: visibility-of-stop-flag @ line 18
package probe17a; import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs segment merges on a dedicated background thread. The index writer enqueues
 * merge specs from its own threads and calls close() on shutdown.
 */
public class BackgroundMergeScheduler {

    public record MergeSpec(String target, int segmentCount) { }

    private final BlockingQueue<MergeSpec> pending = new LinkedBlockingQueue<>();
    private final AtomicInteger completed = new AtomicInteger();
    private final MergeThread mergeThread = new MergeThread();
    private boolean closed; // BUG: stop flag written by close() and polled by MergeThread without volatile or locking; the loop may never observe it

    private final class MergeThread extends Thread {
        MergeThread() {
            super("index-merge");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!closed) {
                MergeSpec spec;
                try {
                    spec = pending.poll(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (spec != null) {
                    doMerge(spec);
                }
            }
        }
    }

    public void start() {
        mergeThread.start();
    }

    public void enqueue(MergeSpec spec) {
        pending.add(spec);
    }

    private void doMerge(MergeSpec spec) {
        long checksum = 0;
        for (int i = 0; i < spec.segmentCount() * 10_000; i++) {
            checksum += (spec.target().hashCode() ^ i) & 0xff;
        }
        if (checksum >= 0) {
            completed.incrementAndGet();
        }
    }

    public void close() throws InterruptedException {
        closed = true;
        mergeThread.join();
    }

    public int completedMerges() {
        return completed.get();
    }

    public static void main(String[] args) throws InterruptedException {
        BackgroundMergeScheduler scheduler = new BackgroundMergeScheduler();
        scheduler.start();
        for (int i = 0; i < 20; i++) {
            scheduler.enqueue(new MergeSpec("_merged" + i, 2 + i % 5));
        }
        Thread.sleep(200);
        scheduler.close();
        System.out.println("merges completed: " + scheduler.completedMerges());
    }
}
