package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A log writer's consumer thread reads the sink without the lock; {@code stop()} tells it to finish,
 * joins it and only then prints and drops the sink under the lock. Everything the consumer did happens
 * before {@code join()} returns, so the write cannot race with its reads (cassandra BinLog, races review).
 */
public class GoodCloseAfterJoiningReader implements Runnable {

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
                    sink.append(record).append('\n');
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() throws InterruptedException {
        running = false;
        records.add(STOP);
        consumer.join();
        synchronized (this) {
            System.out.print(sink);
            sink = null;
        }
    }
}
