// EXPECT: wait-notify-or-condition-misuse @ line 33
package probe12b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/*
 * Hand-off queue between application threads that log and a small pool of shipper
 * threads that forward lines to the aggregator. offer() never blocks: when the queue is
 * full the line is dropped and counted.
 */
public class LogLineQueue {

    private final Deque<String> lines = new ArrayDeque<>();
    private final int capacity;
    private final AtomicLong dropped = new AtomicLong();

    public LogLineQueue(int capacity) {
        this.capacity = capacity;
    }

    public synchronized boolean offer(String line) {
        if (lines.size() >= capacity) {
            dropped.incrementAndGet();
            return false;
        }
        lines.addLast(line);
        notifyAll();
        return true;
    }

    public synchronized String take() throws InterruptedException {
        if (lines.isEmpty()) { // BUG: condition checked with if, not while; after notifyAll another shipper may empty the queue first (or a spurious wakeup) and removeFirst throws
            wait();
        }
        return lines.removeFirst();
    }

    public long droppedCount() {
        return dropped.get();
    }

    public static void startShippers(LogLineQueue queue, int count, Consumer<String> sink) {
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        sink.accept(queue.take());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "log-shipper-" + i);
            t.setDaemon(true);
            t.start();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LogLineQueue queue = new LogLineQueue(10_000);
        startShippers(queue, 3, line -> { });
        Thread app = new Thread(() -> {
            for (int i = 0; i < 100_000; i++) {
                queue.offer("INFO request " + i + " served");
            }
        }, "app");
        app.start();
        app.join();
        Thread.sleep(500);
        System.out.println("dropped=" + queue.droppedCount());
    }
}
