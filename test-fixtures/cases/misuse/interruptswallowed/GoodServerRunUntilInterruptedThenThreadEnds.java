package misuse.interruptswallowed;

import java.util.concurrent.CountDownLatch;

/**
 * A server's run-until-stopped method: it starts the work, waits for the stop signal, and an interrupt
 * ends the wait and the method. Every caller in the program calls it as the last thing its thread does
 * (the process's {@code main} through a helper, and a dedicated runner thread's body), so when it returns
 * the thread ends: nobody is left to read the flag (zookeeper's ZooKeeperServerMain.runFromConfig).
 */
public class GoodServerRunUntilInterruptedThenThreadEnds {
    private final CountDownLatch shutdownLatch = new CountDownLatch(1);

    public static void main(String[] args) {
        new GoodServerRunUntilInterruptedThenThreadEnds().initializeAndRun(args);
        System.out.println("exiting normally");
    }

    protected void initializeAndRun(String[] args) {
        if (args.length > 0) {
            System.out.println("configured from " + args[0]);
        }
        runFromConfig();
    }

    public Thread runInBackground() {
        Thread runner = new Thread() {
            @Override
            public void run() {
                runFromConfig();
                System.out.println("server died");
            }
        };
        runner.start();
        return runner;
    }

    public void runFromConfig() {
        try {
            System.out.println("started");
            shutdownLatch.await();
            System.out.println("stopping");
        } catch (InterruptedException e) {
            System.err.println("server interrupted: " + e);
        } finally {
            System.out.println("metrics stopped");
        }
    }

    public void stop() {
        shutdownLatch.countDown();
    }
}
