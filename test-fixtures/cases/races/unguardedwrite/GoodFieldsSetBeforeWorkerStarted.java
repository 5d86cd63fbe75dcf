package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The look-alikes: {@code start} assigns what the worker reads before starting it (the start orders
 * those writes before the worker's reads); {@code armTimeout} stores the handle its own scheduling returns,
 * which the task reads only to cancel itself; {@code offer} hands the work to the worker and returns in
 * that branch, so its later write never follows the hand-over.
 */
public class GoodFieldsSetBeforeWorkerStarted {
    private final ScheduledExecutorService timer;
    private Thread worker;
    private BlockingQueue<String> queue;
    private int limit;
    private Future<?> timeout;
    private int taken;

    public GoodFieldsSetBeforeWorkerStarted(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public synchronized void start(int max) {
        queue = new LinkedBlockingQueue<>();
        limit = max;
        worker = new Thread(this::work, "worker");
        worker.start();
    }

    private void work() {
        try {
            for (int i = 0; i < limit; i++) {
                System.out.println(queue.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void armTimeout() {
        timeout = timer.schedule(this::expire, 5, TimeUnit.SECONDS);
    }

    private void expire() {
        Future<?> mine = timeout;
        if (mine != null) {
            mine.cancel(false);
        }
    }

    public void offer(String item, boolean later) {
        if (later) {
            timer.execute(() -> System.out.println(item + taken));
            return;
        }
        taken++;
    }
}
