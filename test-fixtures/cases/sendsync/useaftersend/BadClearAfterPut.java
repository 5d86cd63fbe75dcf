package sendsync.useaftersend;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/** The producer puts its batch on the queue and then clears it: the consumer may find it empty or half cleared. */
public class BadClearAfterPut {
    private final BlockingQueue<List<String>> out;

    public BadClearAfterPut(BlockingQueue<List<String>> out) {
        this.out = out;
    }

    public void flush(List<String> lines) throws InterruptedException {
        List<String> batch = new ArrayList<>(lines);
        batch.removeIf(String::isBlank);
        out.put(batch); // related: UseAfterSend['the receiver owns it from now on']
        batch.clear(); // expect: UseAfterSend['`batch` is sent to another thread by `out.put(batch)` at line 18 and changed here at line 19']
    }
}
