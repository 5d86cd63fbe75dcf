// EXPECT: none
package probe14a; import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Moves buffered records between the spill buffers of the aggregation stage
 * so that no single buffer spills to disk much earlier than the others. Each
 * buffer hands its surplus to the next buffer in the ring, all in parallel.
 */
public class SpillBufferBalancer {

    static final class SpillBuffer {
        final int id;
        private final Deque<String> records = new ArrayDeque<>();

        SpillBuffer(int id) {
            this.id = id;
        }

        synchronized void add(String record) {
            records.addLast(record);
        }

        synchronized int size() {
            return records.size();
        }
    }

    private final List<SpillBuffer> buffers = new ArrayList<>();
    private final ExecutorService pool;

    public SpillBufferBalancer(int bufferCount, ExecutorService pool) {
        for (int i = 0; i < bufferCount; i++) {
            buffers.add(new SpillBuffer(i));
        }
        this.pool = pool;
    }

    public SpillBuffer buffer(int i) {
        return buffers.get(i);
    }

    static void shiftSurplus(SpillBuffer from, SpillBuffer to) {
        SpillBuffer first = from.id < to.id ? from : to;
        SpillBuffer second = from.id < to.id ? to : from;
        synchronized (first) {
            synchronized (second) { // OK: locks always acquired in ascending buffer id order, so no lock cycle is possible
                int surplus = (from.records.size() - to.records.size()) / 2;
                for (int i = 0; i < surplus; i++) {
                    to.records.addLast(from.records.pollLast());
                }
            }
        }
    }

    public void balanceRound() {
        int n = buffers.size();
        List<CompletableFuture<Void>> shifts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SpillBuffer from = buffers.get(i);
            SpillBuffer to = buffers.get((i + 1) % n);
            shifts.add(CompletableFuture.runAsync(() -> shiftSurplus(from, to), pool));
        }
        CompletableFuture.allOf(shifts.toArray(new CompletableFuture[0])).join();
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        SpillBufferBalancer balancer = new SpillBufferBalancer(4, pool);
        for (int i = 0; i < 10_000; i++) {
            balancer.buffer(i % 5 == 0 ? 1 : 3).add("rec-" + i);
        }
        for (int round = 0; round < 50; round++) {
            balancer.balanceRound();
        }
        pool.shutdown();
        for (int i = 0; i < 4; i++) {
            System.out.println("buffer " + i + ": " + balancer.buffer(i).size());
        }
    }
}
