package races.unguardedread;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A factory picks one of two fresh implementations with a condition and sets it up before returning it:
 * until the factory returns, no other thread can reach the new segment, so the set-up's unlocked read of
 * {@code position} and write of {@code synced} race with nothing (cassandra CommitLogSegment.createSegment
 * and writeLogHeader).
 */
public abstract class GoodFreshChoiceSetUpBeforeReturn {
    private final ExecutorService syncer = Executors.newSingleThreadExecutor();
    long position;
    long synced;

    public static GoodFreshChoiceSetUpBeforeReturn create(boolean compressed) {
        GoodFreshChoiceSetUpBeforeReturn s = compressed ? new Compressed() : new Plain();
        s.writeHeader();
        return s;
    }

    void writeHeader() {
        synced = position;
    }

    public synchronized void sync() {
        position = position + 1;
        synced = position;
    }

    public void start() {
        syncer.execute(this::sync);
    }

    static final class Compressed extends GoodFreshChoiceSetUpBeforeReturn {
    }

    static final class Plain extends GoodFreshChoiceSetUpBeforeReturn {
    }
}
