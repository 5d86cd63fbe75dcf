package races.guardedbyviolation;

import com.google.errorprone.annotations.concurrent.GuardedBy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The flush lambda is written in a synchronized method but runs on the executor later, without the monitor that guards pending. */
public class BadGuardedAccessInAsyncTask {
    private final Consumer<String> sink;

    @GuardedBy("this")
    private final List<String> pending = new ArrayList<>();

    public BadGuardedAccessInAsyncTask(Consumer<String> sink) {
        this.sink = sink;
    }

    public synchronized void add(String line) {
        pending.add(line);
    }

    public synchronized CompletableFuture<Void> flush(Executor executor) {
        return CompletableFuture.runAsync(() -> {
            String joined = String.join("\n", pending); // expect: GuardedByViolation
            pending.clear(); // expect: GuardedByViolation
            sink.accept(joined);
        }, executor);
    }
}
