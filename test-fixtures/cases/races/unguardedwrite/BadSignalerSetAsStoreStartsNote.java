package races.unguardedwrite;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A job store whose signaler is set by {@code initialize}, a start-up step, which the scheduler factory
 * calls once as it builds a scheduler, after an early return on a flag it read from the configuration;
 * that flag is nothing {@code initialize} makes, so the call is no initialization on first use. The
 * unlocked write meets the locked read only while the store starts: a note (quartz's RAMJobStore).
 */
public class BadSignalerSetAsStoreStartsNote {
    private final Object lock = new Object();
    private final Map<String, String> triggers = new HashMap<>();
    private Runnable signaler;

    public void initialize(Runnable schedulerSignaler) {
        triggers.clear(); // expect: UnguardedWrite['`triggers.clear()` changes `triggers` without `lock`']
        signaler = schedulerSignaler; // expect: UnguardedWrite['the write is made only as `BadSignalerSetAsStoreStartsNote.initialize` starts or stops']
    }

    public void removeTrigger(String key) {
        Runnable signal;
        boolean removed;
        synchronized (lock) {
            removed = triggers.remove(key) != null;
            signal = signaler;
        }
        if (removed) {
            signal.run();
        }
    }

    public void storeTrigger(String key, String job) {
        synchronized (lock) {
            triggers.put(key, job);
        }
    }

    /** The factory: a remote scheduler needs no store; a local one starts the store it is given. */
    public static final class Factory {
        private Factory() {
        }

        public static boolean instantiate(BadSignalerSetAsStoreStartsNote store, Properties cfg, Runnable signaler) {
            boolean remote = Boolean.parseBoolean(cfg.getProperty("remote"));
            if (remote) {
                return false;
            }
            store.initialize(signaler);
            return true;
        }
    }
}
