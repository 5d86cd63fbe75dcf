package races.unguardedread;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same factory, but one of the two choices is the segment already shared through a static field:
 * the set-up may run on that published segment while another thread syncs it.
 */
public abstract class BadChoiceOfSharedSegmentSetUp {
    private static volatile BadChoiceOfSharedSegmentSetUp current = new Plain();
    private final ExecutorService syncer = Executors.newSingleThreadExecutor();
    long position;
    long synced;

    public static BadChoiceOfSharedSegmentSetUp create(boolean fresh) {
        BadChoiceOfSharedSegmentSetUp s = fresh ? new Plain() : current;
        s.writeHeader();
        return s;
    }

    void writeHeader() {
        synced = position; // expect: UnguardedRead['`position` is read without `this`'], UnguardedWrite['`synced` is written without `this`']
    }

    public synchronized void sync() {
        position = position + 1;
        synced = position;
    }

    public synchronized long synced() {
        return synced;
    }

    public void start() {
        syncer.execute(this::sync);
    }

    static final class Plain extends BadChoiceOfSharedSegmentSetUp {
    }
}
