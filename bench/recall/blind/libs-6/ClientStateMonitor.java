// EXPECT: notify-multiple-conditions @ line 29
package probe6b;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tracks the connection state of a reconnecting client and lets callers block until the
 * client is usable or has shut down.
 *
 * <p><b>Thread-safety:</b> {@link #transition(State)} is called only by the client's I/O
 * thread ({@code client-io}). {@link #awaitConnected()} is called from any request thread
 * before it sends; {@link #awaitTerminated()} is called by the thread performing shutdown.
 * All state is guarded by this object's monitor.
 */
public final class ClientStateMonitor {

    public enum State { CONNECTING, CONNECTED, DISCONNECTED, TERMINATED }

    private State state = State.CONNECTING; // guarded by this

    public synchronized State state() {
        return state;
    }

    /** Invoked by the I/O thread on every state change. */
    synchronized void transition(State next) {
        state = next;
        notify(); // BUG: request threads (waiting for CONNECTED) and the shutdown thread (waiting for TERMINATED) wait on the same monitor; notify() wakes only one, possibly one whose condition is still false, so others are never woken
    }

    /** Blocks the calling request thread until connected; fails if the client terminated. */
    public synchronized void awaitConnected() throws InterruptedException {
        while (state != State.CONNECTED) {
            if (state == State.TERMINATED) {
                throw new IllegalStateException("client terminated");
            }
            wait();
        }
    }

    /** Blocks until the I/O thread has released all resources. */
    public synchronized void awaitTerminated() throws InterruptedException {
        while (state != State.TERMINATED) {
            wait();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ClientStateMonitor monitor = new ClientStateMonitor();
        ExecutorService requests = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            requests.submit(() -> {
                monitor.awaitConnected();
                return "sent";
            });
        }
        Thread shutdown = new Thread(() -> {
            try {
                monitor.awaitTerminated();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "client-shutdown");
        Thread io = new Thread(() -> {
            monitor.transition(State.CONNECTED);
            monitor.transition(State.DISCONNECTED);
            monitor.transition(State.CONNECTING);
            monitor.transition(State.CONNECTED);
            monitor.transition(State.TERMINATED);
        }, "client-io");
        shutdown.start();
        io.start();
        shutdown.join();
        requests.shutdown();
    }
}
