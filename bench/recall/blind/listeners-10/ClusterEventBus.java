// EXPECT: none
package probe10b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Event bus for cluster membership events. One dispatcher thread delivers to
 * listeners; modules register listeners from their own threads at runtime.
 * The listener list is copy-on-write: writers replace the whole list.
 */
public class ClusterEventBus {

    public interface MembershipListener {
        void onEvent(String node, boolean joined);
    }

    record Event(String node, boolean joined) {}

    private final Object writeLock = new Object();
    private volatile List<MembershipListener> listeners = List.of();
    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private final Thread dispatcher = new Thread(this::dispatchLoop, "cluster-dispatcher");
    private volatile boolean running = true;

    public void start() {
        dispatcher.start();
    }

    public void register(MembershipListener l) {
        synchronized (writeLock) {
            List<MembershipListener> next = new ArrayList<>(listeners);
            next.add(l);
            listeners = List.copyOf(next);
        }
    }

    public void post(String node, boolean joined) {
        queue.add(new Event(node, joined));
    }

    private void dispatchLoop() {
        try {
            while (running || !queue.isEmpty()) {
                Event e = queue.poll(50, TimeUnit.MILLISECONDS);
                if (e == null) {
                    continue;
                }
                for (MembershipListener l : listeners) { // OK: iterates an immutable snapshot read from a volatile field; writers publish a new list
                    l.onEvent(e.node(), e.joined());
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() throws InterruptedException {
        running = false;
        dispatcher.join();
    }

    public static void main(String[] args) throws InterruptedException {
        ClusterEventBus bus = new ClusterEventBus();
        bus.start();

        Thread gossip = new Thread(() -> {
            for (int i = 0; i < 50_000; i++) {
                bus.post("node-" + (i % 16), i % 2 == 0);
            }
        }, "gossip");

        Thread moduleLoader = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                int id = i;
                bus.register((node, joined) -> {
                    if (node.isEmpty()) {
                        System.out.println(id);
                    }
                });
            }
        }, "module-loader");

        gossip.start();
        moduleLoader.start();
        gossip.join();
        moduleLoader.join();
        bus.stop();
    }
}
