// EXPECT: none
package probe12a; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Drains the dead-letter queue in batches and republishes messages to their
 * original destination. Runs on a dedicated thread; {@link #shutdown} is called
 * from the service's stop path on another thread.
 */
public class DeadLetterDrainer implements Runnable {
    private final BlockingQueue<String> deadLetters;
    private final Consumer<List<String>> republisher;
    private final int batchSize;
    private final Thread thread;
    private volatile boolean running = true;
    private long republished;

    public DeadLetterDrainer(BlockingQueue<String> deadLetters, Consumer<List<String>> republisher, int batchSize) {
        this.deadLetters = deadLetters;
        this.republisher = republisher;
        this.batchSize = batchSize;
        this.thread = new Thread(this, "dlq-drainer");
    }

    public void start() {
        thread.start();
    }

    @Override
    public void run() {
        List<String> batch = new ArrayList<>(batchSize);
        while (running) { // OK: 'running' is volatile, so shutdown()'s write is visible to the drainer thread
            deadLetters.drainTo(batch, batchSize);
            if (batch.isEmpty()) {
                Thread.onSpinWait();
                continue;
            }
            republisher.accept(batch);
            republished += batch.size();
            batch.clear();
        }
    }

    public long shutdown(long timeoutMillis) throws InterruptedException {
        running = false;
        thread.join(timeoutMillis);
        if (thread.isAlive()) {
            throw new IllegalStateException("dead-letter drainer did not stop");
        }
        return republished;
    }

    public static void main(String[] args) throws Exception {
        BlockingQueue<String> dlq = new LinkedBlockingQueue<>();
        for (int i = 0; i < 500; i++) {
            dlq.add("failed-" + i);
        }
        DeadLetterDrainer drainer = new DeadLetterDrainer(dlq, batch -> { }, 25);
        drainer.start();
        Thread.sleep(500);
        System.out.println("republished " + drainer.shutdown(2_000));
    }
}
