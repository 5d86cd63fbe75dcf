// EXPECT: iteration-while-modified @ line 47
package probe10b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Event bus for metric samples. A single dispatcher thread drains the queue and
 * fans samples out to listeners; plugins register listeners from their own
 * threads while the bus is running.
 */
public class MetricsEventBus {

    public interface MetricListener {
        void onSample(String name, double value);
    }

    record Sample(String name, double value) {}

    private final List<MetricListener> listeners = new ArrayList<>();
    private final BlockingQueue<Sample> queue = new LinkedBlockingQueue<>();
    private final Thread dispatcher = new Thread(this::dispatchLoop, "metrics-dispatcher");
    private volatile boolean running = true;

    public void start() {
        dispatcher.start();
    }

    public void register(MetricListener l) {
        synchronized (listeners) {
            listeners.add(l);
        }
    }

    public void record(String name, double value) {
        queue.add(new Sample(name, value));
    }

    private void dispatchLoop() {
        try {
            while (running || !queue.isEmpty()) {
                Sample s = queue.poll(50, TimeUnit.MILLISECONDS);
                if (s == null) {
                    continue;
                }
                for (MetricListener l : listeners) { // BUG: iterates ArrayList without the lock while register() adds from plugin threads
                    l.onSample(s.name(), s.value());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() throws InterruptedException {
        running = false;
        dispatcher.join();
    }

    public static void main(String[] args) throws InterruptedException {
        MetricsEventBus bus = new MetricsEventBus();
        bus.start();

        Thread producer = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                bus.record("latency", i * 0.01);
            }
        }, "producer");

        Thread pluginLoader = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                int id = i;
                bus.register((n, v) -> {
                    if (v < 0) {
                        System.out.println(id + " " + n);
                    }
                });
            }
        }, "plugin-loader");

        producer.start();
        pluginLoader.start();
        producer.join();
        pluginLoader.join();
        bus.stop();
    }
}
