// EXPECT: none
package probe17a; import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fans out segment-commit events to subscribers such as the query cache invalidator
 * and the replica shipper. Subscribers come and go from request threads while the
 * commit task publishes events.
 */
public class IndexChangeNotifier {

    public interface CommitListener {
        void onCommit(long commitGeneration, int segmentCount);
    }

    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong commitGeneration = new AtomicLong();
    private volatile int segmentCount = 1;

    public void subscribe(CommitListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(CommitListener listener) {
        listeners.remove(listener);
    }

    /** Invoked by the periodic commit task. */
    void commit() {
        long gen = commitGeneration.incrementAndGet();
        int segments = segmentCount;
        for (CommitListener listener : listeners) { // OK: CopyOnWriteArrayList iterator works on an immutable snapshot; concurrent add/remove cannot disturb it
            listener.onCommit(gen, segments);
        }
    }

    void segmentsChanged(int newCount) {
        segmentCount = newCount;
    }

    public static void main(String[] args) throws InterruptedException {
        IndexChangeNotifier notifier = new IndexChangeNotifier();
        AtomicLong delivered = new AtomicLong();
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor();
        committer.scheduleAtFixedRate(notifier::commit, 1, 1, TimeUnit.MILLISECONDS);

        ExecutorService requestThreads = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            final int id = t;
            requestThreads.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    CommitListener l = (gen, segs) -> delivered.incrementAndGet();
                    notifier.subscribe(l);
                    notifier.segmentsChanged(1 + (i + id) % 12);
                    if (i % 3 == 0) {
                        notifier.unsubscribe(l);
                    }
                }
            });
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(1, TimeUnit.MINUTES);
        committer.shutdown();
        committer.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("events delivered: " + delivered.get());
    }
}
