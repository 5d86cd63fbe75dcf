// EXPECT: none
package probe8c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

// Background thread that batches log lines and ships them. Application threads call
// log(); shutdown() is called once from the main thread.
public class LogShipper extends Thread {

    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
    private final List<String> batch = new ArrayList<>(); // confined to this thread
    private final int batchSize;
    private volatile long shippedLines;

    public LogShipper(int batchSize) {
        super("log-shipper");
        this.batchSize = batchSize;
    }

    public void log(String line) {
        pending.offer(line);
    }

    @Override
    public void run() {
        while (true) {
            try {
                String line = pending.poll(500, TimeUnit.MILLISECONDS);
                if (line != null) {
                    batch.add(line);
                }
                if (batch.size() >= batchSize || (line == null && !batch.isEmpty())) {
                    flush();
                }
            } catch (InterruptedException e) { // OK: this class owns the thread and interrupt is its shutdown signal; it drains and exits
                pending.drainTo(batch);
                flush();
                return;
            }
        }
    }

    private void flush() {
        shippedLines += batch.size();
        batch.clear();
    }

    public void shutdown() throws InterruptedException {
        interrupt();
        join();
    }

    public long shippedLines() {
        return shippedLines;
    }

    public static void main(String[] args) throws InterruptedException {
        LogShipper shipper = new LogShipper(100);
        shipper.start();
        Thread[] apps = new Thread[4];
        for (int t = 0; t < apps.length; t++) {
            final int id = t;
            apps[t] = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    shipper.log("app-" + id + " event " + i);
                }
            });
            apps[t].start();
        }
        for (Thread app : apps) {
            app.join();
        }
        shipper.shutdown();
        System.out.println("shipped lines: " + shipper.shippedLines());
    }
}
