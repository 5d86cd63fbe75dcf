package sendsync.useaftersend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/** After each put the producer starts a new ArrayList, so the consumer owns every batch it receives. */
public class GoodFreshBatchPerSend {
    private static final int BATCH = 100;

    private final BlockingQueue<List<String>> out;

    public GoodFreshBatchPerSend(BlockingQueue<List<String>> out) {
        this.out = out;
    }

    public void pump(Iterable<String> lines) throws InterruptedException {
        List<String> batch = new ArrayList<>();
        for (String line : lines) {
            batch.add(line);
            if (batch.size() == BATCH) {
                out.put(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            out.put(batch);
        }
    }
}
