package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Response handlers are inner classes of the manager. The abstract handler's completion callback calls
 * each subclass's {@code handleResponse} only inside {@code synchronized (Manager.this)}, so the
 * override's unlocked {@code pending.add} runs under the monitor that guards every other access to the
 * queue (kafka TransactionManager.TxnRequestHandler.onComplete).
 */
public class GoodOverrideCalledUnderOuterMonitor {
    private final Queue<Handler> pending = new ArrayDeque<>();

    /** Called by the network thread when a response arrives. */
    public interface Completion {
        void onComplete(String response);
    }

    abstract class Handler implements Completion {
        @Override
        public void onComplete(String response) {
            synchronized (GoodOverrideCalledUnderOuterMonitor.this) {
                handleResponse(response);
            }
        }

        abstract void handleResponse(String response);
    }

    private final class RetryHandler extends Handler {
        @Override
        public void handleResponse(String response) {
            if (response.isEmpty()) {
                pending.add(this);
            }
        }
    }

    public Completion newHandler() {
        return new RetryHandler();
    }

    public synchronized Handler next() {
        return pending.poll();
    }

    public synchronized void enqueue(Handler h) {
        pending.add(h);
    }
}
