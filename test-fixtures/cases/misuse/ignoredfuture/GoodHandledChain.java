package misuse.ignoredfuture;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Audit trail whose async chains end in exceptionally(...) or whenComplete(...): failures are handled inside the chain, so dropping it loses nothing. */
public class GoodHandledChain {
    private static final Logger LOG = Logger.getLogger(GoodHandledChain.class.getName());
    private final ConcurrentLinkedQueue<String> trail = new ConcurrentLinkedQueue<>();

    public void audit(String event) {
        CompletableFuture.runAsync(() -> write(event)).exceptionally(e -> {
            LOG.log(Level.WARNING, "audit failed", e);
            return null;
        });
    }

    public void auditQuietly(String event) {
        CompletableFuture.runAsync(() -> write(event)).whenComplete((v, e) -> {
            if (e != null) {
                LOG.log(Level.WARNING, "audit failed", e);
            }
        });
    }

    private void write(String event) {
        if (event.isBlank()) {
            throw new IllegalStateException("blank audit event");
        }
        trail.add(event);
    }
}
