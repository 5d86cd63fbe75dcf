package sendsync.useaftersend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/** The sender hands over a copy or an immutable String, so it may keep reusing its own buffer. */
public class GoodSendCopyOrImmutable {
    private final BlockingQueue<List<String>> batches;
    private final BlockingQueue<String> lines;

    public GoodSendCopyOrImmutable(BlockingQueue<List<String>> batches, BlockingQueue<String> lines) {
        this.batches = batches;
        this.lines = lines;
    }

    public void flush(List<String> batch) throws InterruptedException {
        batches.put(new ArrayList<>(batch));
        batch.clear();
    }

    public void flushFrozen(List<String> batch) throws InterruptedException {
        batches.put(List.copyOf(batch));
        batch.clear();
    }

    public boolean log(StringBuilder line, String message) {
        line.append(message);
        boolean accepted = lines.offer(line.toString());
        line.setLength(0);
        return accepted;
    }
}
