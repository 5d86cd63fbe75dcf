// EXPECT: none
package probe14a; import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Dedicated thread that drains spooled output segments to the warehouse
 * loader. The pipeline driver calls {@link #shutdown()} from its own thread
 * when the job is cancelled or finished.
 */
public class SpoolDrainer extends Thread {

    private static final Logger LOG = Logger.getLogger(SpoolDrainer.class.getName());

    private final BlockingQueue<String> segments = new LinkedBlockingQueue<>();
    private final AtomicLong loadedSegments = new AtomicLong();

    public SpoolDrainer() {
        super("spool-drainer");
        setDaemon(true);
    }

    public void submit(String segment) {
        segments.add(segment);
    }

    @Override
    public void run() {
        while (true) {
            String segment;
            try {
                segment = segments.take();
            } catch (InterruptedException e) {
                LOG.fine("spool drainer interrupted, exiting"); // OK: this class owns the thread; interruption means stop and run() returns right below
                return;
            }
            load(segment);
        }
    }

    private void load(String segment) {
        if (!segment.isEmpty()) {
            loadedSegments.incrementAndGet();
        }
    }

    public long loadedSegments() {
        return loadedSegments.get();
    }

    public void shutdown() throws InterruptedException {
        interrupt();
        join(30_000);
        if (isAlive()) {
            throw new IllegalStateException("spool drainer did not stop");
        }
    }

    public static void main(String[] args) throws Exception {
        SpoolDrainer drainer = new SpoolDrainer();
        drainer.start();
        for (int i = 0; i < 200; i++) {
            drainer.submit("spool/segment-" + i + ".parquet");
        }
        Thread.sleep(200);
        System.out.println("loaded: " + drainer.loadedSegments());
        drainer.shutdown();
    }
}
