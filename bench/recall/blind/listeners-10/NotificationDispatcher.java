// EXPECT: none
package probe10b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers notifications to registered channels on a worker pool. A scheduled
 * watchdog reports the dispatcher as idle when nothing was delivered recently.
 */
public class NotificationDispatcher {

    public interface Channel {
        void push(String notification);
    }

    private static final long IDLE_MILLIS = 5_000;

    private final List<Channel> channels;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private volatile long lastDeliveryMillis = System.currentTimeMillis();
    private long deliveredTotal;

    public NotificationDispatcher(List<Channel> channels) {
        this.channels = List.copyOf(channels);
    }

    public void dispatch(String notification) {
        for (Channel channel : channels) {
            workers.submit(() -> {
                channel.push(notification);
                recordDelivery();
            });
        }
    }

    private synchronized void recordDelivery() {
        lastDeliveryMillis = System.currentTimeMillis();
        deliveredTotal++;
    }

    public synchronized long deliveredTotal() {
        return deliveredTotal;
    }

    /** Called from the watchdog scheduler thread. */
    public boolean isIdle() {
        return System.currentTimeMillis() - lastDeliveryMillis > IDLE_MILLIS; // OK: lastDeliveryMillis is volatile, so this lock-free single-field read is atomic and fresh
    }

    public void shutdown() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws InterruptedException {
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            channels.add(n -> { });
        }
        NotificationDispatcher dispatcher = new NotificationDispatcher(channels);

        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        watchdog.scheduleAtFixedRate(() -> {
            if (dispatcher.isIdle()) {
                System.out.println("notification dispatcher idle");
            }
        }, 0, 100, TimeUnit.MILLISECONDS);

        for (int i = 0; i < 10_000; i++) {
            dispatcher.dispatch("alert-" + i);
        }
        dispatcher.shutdown();
        watchdog.shutdownNow();
        System.out.println("delivered=" + dispatcher.deliveredTotal());
    }
}
