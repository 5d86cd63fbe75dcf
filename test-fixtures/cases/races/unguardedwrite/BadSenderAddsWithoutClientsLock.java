package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * A producer whose sender thread retries a request by adding it to the pending queue without the
 * manager's monitor, while client threads enqueue under it (kafka TransactionManager.lookupCoordinator):
 * the race to name is the sender thread against a client thread, not the sender thread against itself.
 */
public class BadSenderAddsWithoutClientsLock {
    private final Manager manager = new Manager();
    private final Thread io;

    public BadSenderAddsWithoutClientsLock() {
        io = new Thread(this::runSender, "sender");
        io.start();
    }

    public void commit() {
        manager.beginCommit();
    }

    private void runSender() {
        while (!Thread.currentThread().isInterrupted()) {
            Runnable next = manager.nextRequest();
            if (next == null) {
                manager.retry(() -> { });
            } else {
                next.run();
            }
        }
    }

    static final class Manager {
        private final Queue<Runnable> pending = new ArrayDeque<>();

        synchronized Runnable nextRequest() {
            return pending.poll();
        }

        synchronized void beginCommit() {
            pending.add(() -> { });
        }

        void retry(Runnable request) {
            pending.add(request); // expect: UnguardedWrite['`Manager.beginCommit` on client threads calling `BadSenderAddsWithoutClientsLock`']
        }
    }
}
