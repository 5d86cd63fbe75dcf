package races.unguardedread;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A latency monitor whose threshold is set under the monitor but read by the scheduled task on another thread without it. */
public class BadReadInScheduledTask {
    private final AtomicLong lastLatencyMillis = new AtomicLong();
    private final AtomicInteger alerts = new AtomicInteger();
    private long thresholdMillis = 500;

    public synchronized void setThresholdMillis(long thresholdMillis) {
        this.thresholdMillis = thresholdMillis;
    }

    public void recordLatency(long millis) {
        lastLatencyMillis.set(millis);
    }

    public ScheduledFuture<?> start(ScheduledExecutorService scheduler) {
        return scheduler.scheduleAtFixedRate(() -> {
            if (lastLatencyMillis.get() > thresholdMillis) { // expect: UnguardedRead['`thresholdMillis` is read without `this`'], UnguardedRead['(as in `BadReadInScheduledTask.setThresholdMillis`)']
                alerts.incrementAndGet();
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    public int alerts() {
        return alerts.get();
    }
}
