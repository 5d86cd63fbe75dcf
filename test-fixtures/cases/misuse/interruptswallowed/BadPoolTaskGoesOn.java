package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A consumer task handed to a pool logs the interrupt and goes round again: the pool's worker is not
 * the task's to keep, and shutdownNow() can never stop it, because the only signal it gets is dropped.
 */
public class BadPoolTaskGoesOn {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    public void start(ExecutorService pool) {
        pool.execute(() -> {
            while (true) {
                try {
                    System.out.println(events.take());
                } catch (InterruptedException e) { // expect: InterruptSwallowed['this task goes on running on a thread it does not own']
                    System.err.println("interrupted, going on");
                }
            }
        });
    }

    public void publish(String event) {
        events.add(event);
    }
}
