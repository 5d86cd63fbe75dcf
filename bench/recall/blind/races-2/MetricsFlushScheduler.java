// EXPECT: anonymous-timertask-writes-field-read-under-lock @ line 32
package probe2.races;

import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.LongAdder;

/**
 * Buffers metric increments and periodically ships them to the collector.
 * The admin endpoint reports when the last successful flush happened.
 */
public class MetricsFlushScheduler {
    private final Timer timer = new Timer("metrics-flush", true);
    private final LongAdder pendingSamples = new LongAdder();
    private long lastFlushMillis;
    private int flushCount;
    private long shippedSamples;

    public void record(int samples) {
        pendingSamples.add(samples);
    }

    public void start(long periodMillis) {
        timer.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                long batch = pendingSamples.sumThenReset();
                if (batch == 0) {
                    return;
                }
                ship(batch);
                lastFlushMillis = System.currentTimeMillis(); // BUG: timer thread writes field that admin readers access under the monitor
                synchronized (MetricsFlushScheduler.this) {
                    flushCount++;
                    shippedSamples += batch;
                }
            }
        }, periodMillis, periodMillis);
    }

    private void ship(long batch) {
        // Stand-in for an HTTP call to the metrics collector.
        if (batch < 0) {
            throw new IllegalStateException("negative batch");
        }
    }

    public synchronized long lastFlushMillis() {
        return lastFlushMillis;
    }

    public synchronized int flushCount() {
        return flushCount;
    }

    public synchronized String statusLine() {
        return "flushes=" + flushCount + " shipped=" + shippedSamples + " last=" + lastFlushMillis;
    }

    public void stop() {
        timer.cancel();
    }

    public static void main(String[] args) throws InterruptedException {
        MetricsFlushScheduler scheduler = new MetricsFlushScheduler();
        scheduler.start(20);
        for (int i = 0; i < 50; i++) {
            scheduler.record(i);
            Thread.sleep(5);
            if (i % 10 == 0) {
                System.out.println(scheduler.statusLine());
            }
        }
        System.out.println("last flush at " + scheduler.lastFlushMillis());
        scheduler.stop();
    }
}
