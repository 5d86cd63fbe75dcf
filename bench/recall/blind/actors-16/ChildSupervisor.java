// EXPECT: check-then-act @ line 41
package probe16b; import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lazily starts named child actors. childFor() is called by router threads
 * whenever a message for a child arrives, so the same name can be requested
 * by several threads at once.
 */
public class ChildSupervisor {

    public static final class ChildHandle {
        final String name;
        final BlockingQueue<Object> mailbox = new LinkedBlockingQueue<>();
        volatile Future<?> task;

        ChildHandle(String name) {
            this.name = name;
        }

        void tell(Object msg) {
            mailbox.add(msg);
        }
    }

    private final ConcurrentMap<String, ChildHandle> children = new ConcurrentHashMap<>();
    private final ExecutorService childPool = Executors.newCachedThreadPool();
    private final AtomicInteger spawned = new AtomicInteger();

    public ChildHandle childFor(String name) {
        ChildHandle existing = children.get(name);
        if (existing == null) {
            ChildHandle fresh = spawn(name);
            children.put(name, fresh); // BUG: check-then-act; two routers can both spawn, the second put overwrites and leaks a running child
            return fresh;
        }
        return existing;
    }

    private ChildHandle spawn(String name) {
        ChildHandle handle = new ChildHandle(name);
        spawned.incrementAndGet();
        handle.task = childPool.submit(() -> {
            try {
                while (true) {
                    Object msg = handle.mailbox.take();
                    if ("stop".equals(msg)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return handle;
    }

    public void stopAll() throws InterruptedException {
        children.values().forEach(c -> c.tell("stop"));
        childPool.shutdown();
        childPool.awaitTermination(2, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        ChildSupervisor supervisor = new ChildSupervisor();
        ExecutorService routers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 10_000; i++) {
            final int n = i;
            routers.execute(() -> supervisor.childFor("child-" + (n % 20)).tell("work-" + n));
        }
        routers.shutdown();
        routers.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("spawned " + supervisor.spawned.get() + " children for 20 names");
        supervisor.stopAll();
    }
}
