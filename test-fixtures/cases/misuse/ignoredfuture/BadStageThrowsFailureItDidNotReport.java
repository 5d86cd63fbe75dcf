package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * The look-alike of GoodStageRethrowsFailureItReportedFirst whose callback hears only of success: the
 * failure is thrown into a chain nobody keeps, and lost.
 */
public class BadStageThrowsFailureItDidNotReport {
    private final BiConsumer<Boolean, String> afterCreating;

    public BadStageThrowsFailureItDidNotReport(BiConsumer<Boolean, String> afterCreating) {
        this.afterCreating = afterCreating;
    }

    public void start(CompletableFuture<String> first) {
        first.handle((name, failure) -> {
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            afterCreating.accept(true, name);
            return name;
        }).thenApply(name -> name.length()); // expect: IgnoredFuture['the Future returned by `thenApply` is dropped']
    }
}
