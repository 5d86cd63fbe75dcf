// EXPECT: volatile-increment @ line 11
package recall;

import java.util.ArrayList;
import java.util.List;

public class VolatileCounter {
    private volatile int hits;

    public void hit() {
        hits++;
    }

    public int getHits() {
        return hits;
    }

    public static void main(String[] args) throws InterruptedException {
        VolatileCounter c = new VolatileCounter();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    c.hit();
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        System.out.println(c.getHits());
    }
}
