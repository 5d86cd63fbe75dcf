package races.unguardedwrite.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The same statistics in a package the project keeps for itself ({@code internal}): only the project's
 * own code calls {@code reset()}, here through a stream's lambda whose parameter has no written type, so
 * the analysis cannot tell which thread runs it; it invents no client threads for it.
 */
public class GoodUncalledResetOfInternalStats {
    private final ExecutorService flusher = Executors.newSingleThreadExecutor();
    private long pending;

    public void record(long n) {
        flusher.execute(() -> pending += n);
    }

    public void reset() {
        pending = 0;
    }

    /** The owner's loop resets every present statistic. */
    public static void resetAll(List<Optional<GoodUncalledResetOfInternalStats>> all) {
        all.stream().filter(Optional::isPresent).map(Optional::get).forEach(s -> s.reset());
    }
}
