// EXPECT: none
package probe16b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parent node of a small actor hierarchy. Children are created on first use.
 * lookupOrStart() is invoked from several router threads concurrently.
 */
public class SupervisorTree {

    public static final class Child {
        final String path;
        final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();

        Child(String path) {
            this.path = path;
        }

        void send(Object msg) {
            inbox.offer(msg);
        }
    }

    private final Map<String, Child> children = new HashMap<>();
    private final ExecutorService runtime = Executors.newCachedThreadPool();
    private int starts;

    public synchronized Child lookupOrStart(String path) {
        Child existing = children.get(path);
        if (existing == null) { // OK: the whole lookup-and-start sequence runs while holding the supervisor's monitor
            existing = start(path);
            children.put(path, existing);
        }
        return existing;
    }

    private Child start(String path) {
        Child child = new Child(path);
        starts++;
        runtime.execute(() -> {
            try {
                while (!"poison".equals(child.inbox.take())) {
                    // process message
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return child;
    }

    public synchronized int startCount() {
        return starts;
    }

    public synchronized void shutdown() {
        children.values().forEach(c -> c.send("poison"));
        runtime.shutdown();
    }

    public static void main(String[] args) throws Exception {
        SupervisorTree tree = new SupervisorTree();
        ExecutorService routers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            final int n = i;
            routers.execute(() -> tree.lookupOrStart("/user/worker-" + (n % 20)).send(n));
        }
        routers.shutdown();
        routers.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("started " + tree.startCount() + " children");
        tree.shutdown();
    }
}
