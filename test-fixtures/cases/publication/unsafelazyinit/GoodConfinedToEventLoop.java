package publication.unsafelazyinit;

import java.util.PriorityQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The queue of scheduled tasks is created and used only on the event loop's own thread: a caller on
 * another thread hands the work to the loop first, and the accessor asserts it runs on the loop
 * ({@code Thread.currentThread() == loopThread}). The "other thread" is the loop itself (netty AbstractScheduledEventExecutor.scheduledTaskQueue,
 * publication review #11).
 */
public class GoodConfinedToEventLoop implements Executor {
    private final ExecutorService loop = Executors.newSingleThreadExecutor();
    private volatile Thread loopThread;
    private PriorityQueue<Long> scheduledTaskQueue;

    public void start() {
        loop.execute(() -> loopThread = Thread.currentThread());
    }

    public boolean inEventLoop() {
        return Thread.currentThread() == loopThread;
    }

    @Override
    public void execute(Runnable task) {
        loop.execute(task);
    }

    public void schedule(long deadlineNanos) {
        if (inEventLoop()) {
            scheduledTaskQueue().add(deadlineNanos);
        } else {
            execute(() -> scheduledTaskQueue().add(deadlineNanos));
        }
    }

    private PriorityQueue<Long> scheduledTaskQueue() {
        assert Thread.currentThread() == loopThread;
        if (scheduledTaskQueue == null) {
            scheduledTaskQueue = new PriorityQueue<>(); // known-fp: UnsafeLazyInit['is lazily initialized without a lock'] #publication review #11
        }
        return scheduledTaskQueue;
    }
}
