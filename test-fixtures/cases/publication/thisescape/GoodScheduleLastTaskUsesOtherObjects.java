package publication.thisescape;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rolling averages rolled over by a scheduled task handed over as the constructor's last action; its
 * Future is stored afterwards, but the task never reads that field: it works on the averages, set
 * before, and on helper objects of other classes that are given nothing of this one (hadoop
 * MutableRollingAverages).
 */
public class GoodScheduleLastTaskUsesOtherObjects {
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();

    /** Collects one snapshot's values. */
    static final class Collector {
        private final List<Long> values = new ArrayList<>();

        void add(long v) {
            values.add(normalize(v));
        }

        private static long normalize(long v) {
            return Math.max(0L, v);
        }

        int size() {
            return values.size();
        }
    }

    private final long[] windows = new long[8];
    private final ScheduledFuture<?> scheduledTask;
    private long current;

    public GoodScheduleLastTaskUsesOtherObjects() {
        scheduledTask = SCHEDULER.scheduleAtFixedRate(new Roller(this), 1, 1, TimeUnit.SECONDS);
    }

    public synchronized void add(long v) {
        current += v;
    }

    public void close() {
        scheduledTask.cancel(false);
    }

    private synchronized void rollOver() {
        Collector c = new Collector();
        c.add(current);
        windows[c.size() % windows.length] = current;
        current = 0;
    }

    private static final class Roller implements Runnable {
        private final GoodScheduleLastTaskUsesOtherObjects parent;

        Roller(GoodScheduleLastTaskUsesOtherObjects parent) {
            this.parent = parent;
        }

        @Override
        public void run() {
            parent.rollOver();
        }
    }
}
