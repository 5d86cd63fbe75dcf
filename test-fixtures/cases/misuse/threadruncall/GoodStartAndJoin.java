package misuse.threadruncall;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Parallel indexer that start()s one thread per shard and joins them all. */
public class GoodStartAndJoin {
    private final AtomicInteger indexed = new AtomicInteger();

    public int indexAll(List<String> shards) throws InterruptedException {
        List<Thread> workers = new ArrayList<>();
        for (String shard : shards) {
            Thread worker = new Thread(() -> index(shard), "indexer-" + shard);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return indexed.get();
    }

    private void index(String shard) {
        if (!shard.isEmpty()) {
            indexed.incrementAndGet();
        }
    }
}
