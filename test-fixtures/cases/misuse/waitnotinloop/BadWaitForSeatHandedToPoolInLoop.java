package misuse.waitnotinloop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;

/**
 * A seat pool whose lease waits once when no seat is free ({@code if (free.isEmpty()) free.wait();}) and
 * then takes one: after a wakeup with no seat left, pop() throws. Tasks handed to a pool in a loop call
 * it; that loop hands tasks over, it does not re-check the condition.
 */
public class BadWaitForSeatHandedToPoolInLoop {
    private final Deque<String> free = new ArrayDeque<>();

    public String lease() throws InterruptedException {
        synchronized (free) {
            if (free.isEmpty()) {
                free.wait(); // expect: WaitNotInLoop['`free.wait()` is not in a loop']
            }
            return free.pop();
        }
    }

    public void giveBack(String seat) {
        synchronized (free) {
            free.push(seat);
            free.notifyAll();
        }
    }

    public void runJobs(ExecutorService agents, int jobs) {
        for (int i = 0; i < jobs; i++) {
            agents.execute(() -> {
                try {
                    giveBack(lease());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
