package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike: the same run-until-stopped method, but one caller goes on after it returns and waits
 * for the next job: the interrupt that stopped the server is lost, and that wait blocks as if nobody had
 * asked the thread to stop.
 */
public class BadServerRunUntilInterruptedThenCallerWaits {
    private final CountDownLatch shutdownLatch = new CountDownLatch(1);
    private final BlockingQueue<String> jobs = new LinkedBlockingQueue<>();

    public static void main(String[] args) {
        new BadServerRunUntilInterruptedThenCallerWaits().runFromConfig();
    }

    public String serveThenTakeNext() throws InterruptedException {
        runFromConfig();
        return jobs.take();
    }

    public void runFromConfig() {
        try {
            System.out.println("started");
            shutdownLatch.await();
        } catch (InterruptedException e) { // expect: InterruptSwallowed['`BadServerRunUntilInterruptedThenCallerWaits.runFromConfig` goes on running on its caller's thread']
            System.err.println("server interrupted: " + e);
        }
    }

    public void stop() {
        shutdownLatch.countDown();
    }
}
