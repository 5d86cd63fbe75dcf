// EXPECT: wait-notify-or-condition-misuse @ line 19
package probe12c; import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 1v1 ranked queue. Gateway threads enqueue players; several match-builder
 * threads block in takePair() and spin up a match for each pair.
 */
public class MatchmakingQueue {
    private final Deque<String> waiting = new ArrayDeque<>();

    public synchronized void enqueue(String playerId) {
        waiting.addLast(playerId);
        notifyAll();
    }

    public synchronized String[] takePair() throws InterruptedException {
        if (waiting.size() < 2) { // BUG: condition checked with if, not while; after notifyAll another builder may have taken the pair (or a spurious wakeup) and removeFirst throws
            wait();
        }
        String a = waiting.removeFirst();
        String b = waiting.removeFirst();
        return new String[] {a, b};
    }

    public synchronized int size() {
        return waiting.size();
    }

    public static void main(String[] args) throws InterruptedException {
        MatchmakingQueue queue = new MatchmakingQueue();
        AtomicInteger matchesStarted = new AtomicInteger();

        Thread[] builders = new Thread[3];
        for (int i = 0; i < builders.length; i++) {
            builders[i] = new Thread(() -> {
                try {
                    while (true) {
                        String[] pair = queue.takePair();
                        matchesStarted.incrementAndGet();
                        if (pair[0].equals(pair[1])) {
                            System.err.println("self-match " + pair[0]);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "match-builder-" + i);
            builders[i].start();
        }

        Thread gateway = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                queue.enqueue("player-" + i);
            }
        }, "gateway");
        gateway.start();
        gateway.join();

        Thread.sleep(500);
        for (Thread t : builders) {
            t.interrupt();
        }
        for (Thread t : builders) {
            t.join();
        }
        System.out.println("matches=" + matchesStarted.get() + " leftover=" + queue.size());
    }
}
