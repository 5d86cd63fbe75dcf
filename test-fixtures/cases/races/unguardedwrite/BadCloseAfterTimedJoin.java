package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The same log writer, but {@code stop()} waits at most a second for the consumer: a timed join may
 * return while the consumer still runs, so dropping the sink races with its reads.
 */
public class BadCloseAfterTimedJoin implements Runnable {

    private static final String STOP = "";

    private final BlockingQueue<String> records = new LinkedBlockingQueue<>();
    private final Thread consumer = new Thread(this, "log consumer");
    private StringBuilder sink = new StringBuilder();
    private volatile boolean running = true;

    public void start() {
        consumer.start();
    }

    public void log(String record) {
        records.add(record);
    }

    @Override
    public void run() {
        try {
            while (running) {
                String record = records.take();
                if (record != STOP) {
                    sink.append(record).append('\n'); // expect: UnguardedWrite['`sink.append()` changes `sink` without `this`'], UnguardedWrite['races with the read of `sink` in `BadCloseAfterTimedJoin.stop`']
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() throws InterruptedException {
        running = false;
        records.add(STOP);
        consumer.join(1000);
        synchronized (this) {
            System.out.print(sink);
            sink = null;
        }
    }
}
