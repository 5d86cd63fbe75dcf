package sendsync.nonsendcapture;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Tasks capture a String, an Integer, a List.of, a ConcurrentHashMap and an AtomicInteger: all safe to share. */
public class GoodImmutableAndThreadSafeCaptures {
    private final ExecutorService pool;

    public GoodImmutableAndThreadSafeCaptures(ExecutorService pool) {
        this.pool = pool;
    }

    public int index(String tenant, Integer limit, List<String> docs) throws InterruptedException, ExecutionException {
        List<String> stopWords = List.of("a", "the", "of");
        ConcurrentMap<String, Integer> counts = new ConcurrentHashMap<>();
        AtomicInteger indexed = new AtomicInteger();
        Future<?> a = pool.submit(() -> {
            for (String w : docs.get(0).split(" ")) {
                if (!stopWords.contains(w) && w.length() <= limit) {
                    counts.merge(tenant + ":" + w, 1, Integer::sum);
                    indexed.incrementAndGet();
                }
            }
        });
        Future<?> b = pool.submit(() -> {
            for (String w : docs.get(1).split(" ")) {
                if (!stopWords.contains(w) && w.length() <= limit) {
                    counts.merge(tenant + ":" + w, 1, Integer::sum);
                    indexed.incrementAndGet();
                }
            }
        });
        System.out.println("indexing, " + indexed.get() + " so far");
        a.get();
        b.get();
        return counts.size();
    }
}
