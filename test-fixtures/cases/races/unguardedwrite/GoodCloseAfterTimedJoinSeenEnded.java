package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The timed-join log writer, but {@code stop()} goes on only once it has seen the consumer no longer
 * alive: detecting that a thread has ended synchronizes with its end, as a join does (JLS 17.4.4), so the
 * consumer's appends are all visible and none can follow.
 */
public class GoodCloseAfterTimedJoinSeenEnded implements Runnable {

    private static final String STOP = "";

    private final BlockingQueue<String> records = new LinkedBlockingQueue<>();
    private final Thread consumer = new Thread(this, "log consumer");
    private StringBuilder sink = new StringBuilder();
    private long written;
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
                    sink.append(record).append('\n');
                    written++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long stop() throws InterruptedException {
        running = false;
        records.add(STOP);
        consumer.join(1000);
        if (consumer.isAlive()) {
            throw new IllegalStateException("the log consumer did not stop");
        }
        System.out.print(sink);
        sink = null;
        return written;
    }
}
