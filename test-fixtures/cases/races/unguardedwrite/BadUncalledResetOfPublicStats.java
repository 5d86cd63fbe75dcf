package races.unguardedwrite;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Public statistics in a public package: the program calls {@code reset()} only through a stream's
 * lambda whose parameter has no written type, but any client can call it while the flusher's task adds
 * to {@code pending}.
 */
public class BadUncalledResetOfPublicStats {
    private final ExecutorService flusher = Executors.newSingleThreadExecutor();
    private long pending;

    public void record(long n) {
        flusher.execute(() -> pending += n); // expect: UnguardedWrite['`BadUncalledResetOfPublicStats.reset` on client threads calling `BadUncalledResetOfPublicStats`']
    }

    public void reset() {
        pending = 0;
    }

    /** The owner's loop resets every present statistic. */
    public static void resetAll(List<Optional<BadUncalledResetOfPublicStats>> all) {
        all.stream().filter(Optional::isPresent).map(Optional::get).forEach(s -> s.reset());
    }
}
