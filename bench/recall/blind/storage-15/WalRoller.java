// EXPECT: none
package probe15a; import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// Appends records to the WAL and the active memtable. Client threads call
// append(); a background scheduler calls roll() to seal the memtable and
// start a new log generation. Lock order everywhere: logLock, then tableLock.
public class WalRoller {
    private final Object logLock = new Object();
    private final Object tableLock = new Object();

    private ByteArrayOutputStream logBuffer = new ByteArrayOutputStream();           // guarded by logLock
    private long generation;                                                          // guarded by logLock
    private ConcurrentSkipListMap<String, String> active = new ConcurrentSkipListMap<>(); // guarded by tableLock
    private ConcurrentSkipListMap<String, String> sealed;                             // guarded by tableLock

    public void append(String key, String value) {
        byte[] record = (key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (logLock) {
            logBuffer.write(record, 0, record.length);
            synchronized (tableLock) {
                active.put(key, value);
            }
        }
    }

    public String lookup(String key) {
        synchronized (tableLock) {
            String v = active.get(key);
            if (v == null && sealed != null) {
                v = sealed.get(key);
            }
            return v;
        }
    }

    void roll() {
        synchronized (logLock) {
            synchronized (tableLock) { // OK: nested acquisition follows the same logLock->tableLock order as append()
                if (active.size() < 64) {
                    return;
                }
                sealed = active;
                active = new ConcurrentSkipListMap<>();
            }
            logBuffer = new ByteArrayOutputStream();
            generation++;
        }
    }

    public long generation() {
        synchronized (logLock) {
            return generation;
        }
    }

    public static void main(String[] args) throws Exception {
        WalRoller wal = new WalRoller();
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
        background.scheduleAtFixedRate(wal::roll, 1, 1, TimeUnit.MILLISECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            final int id = c;
            clients.submit(() -> {
                for (int i = 0; i < 50_000; i++) {
                    wal.append("k" + id + "-" + i, "v" + i);
                }
            });
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        background.shutdown();
        System.out.println("wal generation " + wal.generation());
    }
}
