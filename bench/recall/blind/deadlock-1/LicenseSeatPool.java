// EXPECT: wait-not-in-loop @ line 24
package probe.dl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Leases a fixed number of floating compiler-license seats to build agents. */
public class LicenseSeatPool {

    private final Deque<String> freeSeats = new ArrayDeque<>();

    public LicenseSeatPool(int seats) {
        for (int i = 1; i <= seats; i++) {
            freeSeats.add("seat-" + i);
        }
    }

    public String lease() throws InterruptedException {
        synchronized (freeSeats) {
            if (freeSeats.isEmpty()) {
                freeSeats.wait(); // BUG: wait() not in a loop; after notifyAll() or a spurious wakeup the pool may still be empty and pop() throws
            }
            return freeSeats.pop();
        }
    }

    public void giveBack(String seat) {
        synchronized (freeSeats) {
            freeSeats.push(seat);
            freeSeats.notifyAll();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        LicenseSeatPool pool = new LicenseSeatPool(2);
        ExecutorService buildAgents = Executors.newFixedThreadPool(8);
        for (int job = 0; job < 40; job++) {
            final int jobId = job;
            buildAgents.execute(() -> {
                try {
                    String seat = pool.lease();
                    try {
                        System.out.println("job " + jobId + " compiling on " + seat);
                    } finally {
                        pool.giveBack(seat);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        buildAgents.shutdown();
        buildAgents.awaitTermination(10, TimeUnit.SECONDS);
    }
}
