package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@code start} starts the flusher thread and only then assigns the queue and the batch size the
 * flusher reads: starting a thread orders only what came before it, so the flusher can take from a
 * null queue or never see the size (a lifecycle method that lets the object out before it is set up).
 */
public class BadFieldsSetAfterWorkerStarted {
    private Thread flusher;
    private BlockingQueue<String> queue;
    private int batchSize;

    public void start(int size) {
        flusher = new Thread(this::flushLoop, "flusher");
        flusher.start();
        queue = new LinkedBlockingQueue<>(); // expect: UnguardedWrite['`queue` is written without a lock after `flusher.start(...)` at line 20 started a thread that reads it'], UnguardedWrite['reads it in `BadFieldsSetAfterWorkerStarted.flushLoop`']
        batchSize = size; // expect: UnguardedWrite['`batchSize` is written without a lock after `flusher.start(...)` at line 20']
    }

    public void submit(String record) {
        queue.add(record);
    }

    private void flushLoop() {
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, batchSize - 1);
                System.out.println("wrote " + batch.size());
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() {
        flusher.interrupt();
    }
}
