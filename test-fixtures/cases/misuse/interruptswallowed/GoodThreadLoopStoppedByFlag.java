package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The log writer's own thread stops on a volatile flag and a poison pill; nothing interrupts it, and a
 * stray interrupt only sends it round to re-check the flag (cassandra BinLog.run, misuse review of
 * 2026-12-03).
 */
public class GoodThreadLoopStoppedByFlag implements Runnable {
    private static final String STOP = "stop";
    private final BlockingQueue<String> records = new LinkedBlockingQueue<>();
    private final Thread writer = new Thread(this, "log-writer");
    private volatile boolean running = true;

    public void start() {
        writer.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        records.put(STOP);
        writer.join();
    }

    public void write(String record) {
        records.add(record);
    }

    @Override
    public void run() {
        while (running) {
            try {
                String record = records.take();
                if (record == STOP) {
                    continue;
                }
                System.out.println(record);
            } catch (Throwable t) {
                System.err.println("unexpected failure in the writer thread: " + t);
            }
        }
    }
}
