// EXPECT: none
package probe2.dl;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

// OK: the refresh loop catches InterruptedException, restores the interrupt flag and returns, so shutdownNow() in close() reliably stops the worker; close() itself restores the flag if interrupted while awaiting
public class SearchIndexRefresher implements AutoCloseable {
    private final BlockingQueue<String> dirtyDocIds = new LinkedBlockingQueue<>();
    private final Map<String, Integer> tokenCounts = new ConcurrentHashMap<>();
    private final Function<String, String> documentLoader;
    private final long debounceMillis;
    private final AtomicLong reindexed = new AtomicLong();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "index-refresh"));

    public SearchIndexRefresher(Function<String, String> documentLoader, long debounceMillis) {
        this.documentLoader = documentLoader;
        this.debounceMillis = debounceMillis;
    }

    public void start() {
        worker.execute(this::refreshLoop);
    }

    public void markDirty(String docId) {
        dirtyDocIds.add(docId);
    }

    private void refreshLoop() {
        while (true) {
            String docId;
            try {
                docId = dirtyDocIds.poll(250, TimeUnit.MILLISECONDS);
                if (docId != null && debounceMillis > 0) {
                    Thread.sleep(debounceMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (docId == null) {
                continue;
            }
            String body = documentLoader.apply(docId);
            tokenCounts.put(docId, body == null ? 0 : body.split("\\s+").length);
            reindexed.incrementAndGet();
        }
    }

    public Integer tokens(String docId) {
        return tokenCounts.get(docId);
    }

    public long reindexedCount() {
        return reindexed.get();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                System.err.println("index refresher did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
