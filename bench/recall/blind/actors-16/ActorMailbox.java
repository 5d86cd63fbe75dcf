// EXPECT: none
package probe16b; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Unbounded mailbox of a single actor. Any number of sender threads call
 * tell(); exactly one dispatcher thread, owned by this mailbox, takes
 * messages out and runs the actor's behaviour.
 */
public class ActorMailbox {

    public interface Behaviour {
        void onMessage(Object message);
    }

    private final Deque<Object> queue = new ArrayDeque<>();
    private final Thread dispatcher;
    private boolean closed;

    public ActorMailbox(String name, Behaviour behaviour) {
        dispatcher = new Thread(() -> dispatchLoop(behaviour), name + "-dispatcher");
        dispatcher.start();
    }

    public synchronized boolean tell(Object message) {
        if (closed) {
            return false;
        }
        queue.addLast(message);
        notify(); // OK: only the mailbox's single dispatcher thread ever waits on this monitor, and senders never wait
        return true;
    }

    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    private synchronized Object next() throws InterruptedException {
        while (queue.isEmpty() && !closed) {
            wait();
        }
        return queue.pollFirst();
    }

    private void dispatchLoop(Behaviour behaviour) {
        try {
            Object message;
            while ((message = next()) != null) {
                behaviour.onMessage(message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void awaitTermination() throws InterruptedException {
        dispatcher.join();
    }

    public static void main(String[] args) throws Exception {
        long[] total = new long[1];
        ActorMailbox counter = new ActorMailbox("counter", msg -> total[0] += (Integer) msg);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 40_000; i++) {
            senders.execute(() -> counter.tell(1));
        }
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.SECONDS);
        counter.close();
        counter.awaitTermination();
        System.out.println("total " + total[0]);
    }
}
