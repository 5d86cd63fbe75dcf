package misuse.ignoredfuture;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A periodic rate updater whose task only reads a clock and a counter and does arithmetic: nothing in it
 * can throw, so the dropped future can never hold a failure (hadoop's Server.MetricsUpdateRunner).
 */
public class GoodPeriodicTaskThatCannotFail {
    private final LongAdder requests = new LongAdder();
    private final ScheduledExecutorService scheduler = new ScheduledThreadPoolExecutor(1);
    private volatile long perSecond;

    private final class RateUpdater implements Runnable {
        private long lastNanos = System.nanoTime();
        private long lastCount;

        @Override
        public synchronized void run() {
            long now = System.nanoTime();
            long count = requests.sum();
            long seconds = Math.max(1, (now - lastNanos) / 1_000_000_000L);
            perSecond = (count - lastCount) / seconds;
            lastCount = count;
            lastNanos = now;
        }
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(new RateUpdater(), 1, 1, TimeUnit.SECONDS);
    }

    public void request() {
        requests.increment();
    }

    public long perSecond() {
        return perSecond;
    }
}
