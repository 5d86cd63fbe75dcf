package misuse.interruptswallowed;

/**
 * A signal handler waits for a graceful shutdown and, whatever happens, ends the JVM: after the catch
 * every path reaches {@code System.exit}, so no caller is left to see the interrupt (hadoop
 * InterruptEscalator.interrupted, misuse review #2).
 */
public class GoodProcessExitsAfterInterrupt {
    private final Thread shutdown;
    private final long timeoutMillis;

    public GoodProcessExitsAfterInterrupt(Thread shutdown, long timeoutMillis) {
        this.shutdown = shutdown;
        this.timeoutMillis = timeoutMillis;
    }

    public void interrupted(String signal) {
        System.err.println("received " + signal + ", shutting down");
        shutdown.start();
        try {
            shutdown.join(timeoutMillis);
        } catch (InterruptedException e) {
            System.err.println("interrupted while waiting for the shutdown");
        }
        if (shutdown.isAlive()) {
            System.err.println("shutdown timed out, exiting now");
        }
        System.exit(1);
    }
}
