package misuse.interruptswallowed;

import java.util.concurrent.ExecutorService;

/** A renewal task handed to a pool ends when interrupted: returning ends the task, and the pool's worker is the pool's business. */
public class GoodPoolTaskEnds {

    public void schedule(ExecutorService pool, long periodMillis) {
        pool.execute(() -> {
            while (true) {
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    System.err.println("renewal stopped");
                    return;
                }
                renew();
            }
        });
    }

    private void renew() {
        System.out.println("renewed");
    }
}
