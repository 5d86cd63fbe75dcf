// EXPECT: atomicity @ line 19
package recall3;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Order-id allocator built on AtomicLong, but it reads and then sets the value in two
 * separate steps, so two intake threads can be handed the same id.
 */
public class SequenceAllocator {
    private final AtomicLong next = new AtomicLong(1);

    long allocate() {
        long id = next.get();
        next.set(id + 1);
        return id;
    }

    public static void main(String[] args) throws InterruptedException {
        SequenceAllocator allocator = new SequenceAllocator();
        List<List<Long>> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<Long> mine = new ArrayList<>();
            perThread.add(mine);
            Thread th = new Thread(() -> {
                for (int i = 0; i < 25_000; i++) {
                    mine.add(allocator.allocate());
                }
            }, "order-intake-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        Set<Long> unique = new HashSet<>();
        int total = 0;
        for (List<Long> ids : perThread) {
            unique.addAll(ids);
            total += ids.size();
        }
        System.out.println("allocated " + total + " ids, " + (total - unique.size()) + " duplicates");
    }
}
