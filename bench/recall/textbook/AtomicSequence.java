// EXPECT: none
package recall;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

public class AtomicSequence {
    private final AtomicLong value = new AtomicLong();

    public long getNext() {
        return value.incrementAndGet();
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicSequence seq = new AtomicSequence();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1000; i++) {
            pool.execute(seq::getNext);
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println(seq.getNext());
    }
}
