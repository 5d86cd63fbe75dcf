package races.unguardedwrite;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * The same handlers, but a timeout also calls {@code handleResponse} directly, outside the manager's
 * monitor: the override's {@code pending.add} can then run while another thread polls the queue.
 */
public class BadOverrideAlsoCalledUnlocked {
    private final Queue<Handler> pending = new ArrayDeque<>();

    /** Called by the network thread when a response arrives. */
    public interface Completion {
        void onComplete(String response);
    }

    abstract class Handler implements Completion {
        @Override
        public void onComplete(String response) {
            synchronized (BadOverrideAlsoCalledUnlocked.this) {
                handleResponse(response);
            }
        }

        abstract void handleResponse(String response);

        public void onTimeout() {
            handleResponse("");
        }
    }

    private final class RetryHandler extends Handler {
        @Override
        public void handleResponse(String response) {
            if (response.isEmpty()) {
                pending.add(this); // expect: UnguardedWrite['`pending.add()` changes `pending` without `this`']
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
