package misuse.threadruncall;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Parallel indexer that builds one Indexer thread per shard and then calls run() on each: the shards are indexed one after the other on the caller's thread. */
public class BadRunInLoop {
    private final AtomicInteger indexed = new AtomicInteger();

    static final class Indexer extends Thread {
        private final String shard;
        private final AtomicInteger counter;

        Indexer(String shard, AtomicInteger counter) {
            super("indexer-" + shard);
            this.shard = shard;
            this.counter = counter;
        }

        @Override
        public void run() {
            if (!shard.isEmpty()) {
                counter.incrementAndGet();
            }
        }
    }

    public int indexAll(List<String> shards) throws InterruptedException {
        List<Indexer> workers = new ArrayList<>();
        for (String shard : shards) {
            workers.add(new Indexer(shard, indexed));
        }
        for (Indexer worker : workers) {
            worker.run(); // expect: ThreadRunCall
        }
        for (Indexer worker : workers) {
            worker.join();
        }
        return indexed.get();
    }
}
