package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * The stage hands the creation failure to the callback that reports it, and only then throws it again,
 * wrapped, to skip the steps after it: the dropped chain fails only with a failure that was already
 * reported (pulsar PartitionedProducerImpl.start).
 */
public class GoodStageRethrowsFailureItReportedFirst {
    private final BiConsumer<Boolean, Throwable> afterCreating;

    public GoodStageRethrowsFailureItReportedFirst(BiConsumer<Boolean, Throwable> afterCreating) {
        this.afterCreating = afterCreating;
    }

    public void start(CompletableFuture<String> first) {
        first.handle((name, failure) -> {
            afterCreating.accept(true, failure);
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return name;
        }).thenApply(name -> name.length());
    }
}
