package sendsync.useaftersend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/** The producer only reads the batch after putting it (its size for a metric): reading is not reusing. */
public class GoodReadAfterSend {
    private final BlockingQueue<List<String>> out;
    private final AtomicLong sent = new AtomicLong();

    public GoodReadAfterSend(BlockingQueue<List<String>> out) {
        this.out = out;
    }

    public void flush(List<String> lines) throws InterruptedException {
        List<String> batch = new ArrayList<>(lines);
        out.put(batch);
        sent.addAndGet(batch.size());
    }

    public long sent() {
        return sent.get();
    }
}
