package publication.thisescape;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A public class, not final but with nothing written for subclasses (no protected member, not abstract,
 * and no subclass in the program), schedules its periodic save as the constructor's last action: every
 * field is assigned before, handing the task to the executor orders those writes before its runs, and no
 * subclass constructor is left to run (cassandra TopPartitionTracker).
 */
public class GoodScheduleLastInClassNotWrittenForExtension {
    private static final ScheduledExecutorService OPTIONAL_TASKS = Executors.newSingleThreadScheduledExecutor();

    private final Map<String, Long> topSizes = new HashMap<>();
    private final String table;
    private long lastSave;
    private final ScheduledFuture<?> saving;

    public GoodScheduleLastInClassNotWrittenForExtension(String table) {
        this.table = table;
        this.lastSave = System.currentTimeMillis();
        this.saving = OPTIONAL_TASKS.scheduleAtFixedRate(this::save, 60, 60, TimeUnit.MINUTES);
    }

    public void close() {
        saving.cancel(false);
    }

    public synchronized void record(String key, long size) {
        topSizes.merge(key, size, Math::max);
    }

    public synchronized void save() {
        System.out.println(table + " " + topSizes + " since " + lastSave);
        lastSave = System.currentTimeMillis();
    }
}
