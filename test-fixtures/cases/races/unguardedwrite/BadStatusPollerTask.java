package races.unguardedwrite;

import java.util.concurrent.Executor;

/** A status poller whose executor task stores the probe result in a plain field that callers read on their own threads. */
public class BadStatusPollerTask {
    private final Executor executor;
    private String lastStatus = "UNKNOWN";

    public BadStatusPollerTask(Executor executor) {
        this.executor = executor;
    }

    public void refresh(String endpoint) {
        executor.execute(() -> lastStatus = probe(endpoint)); // expect: UnguardedWrite['`lastStatus` is written without a lock, by a task that runs on another thread'], UnguardedWrite['runs on the task handed to `executor.execute(...)` at BadStatusPollerTask.java:15'], UnguardedWrite['`BadStatusPollerTask.lastStatus` on client threads calling `BadStatusPollerTask`']
    }

    public String lastStatus() {
        return lastStatus;
    }

    private static String probe(String endpoint) {
        return endpoint.startsWith("https://") ? "UP" : "DOWN";
    }
}
