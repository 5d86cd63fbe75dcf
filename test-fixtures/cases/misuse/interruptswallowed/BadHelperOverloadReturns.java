package misuse.interruptswallowed;

/**
 * A look-alike whose helper call runs the overload that only logs and returns: {@code report(int,
 * String)}; its sibling {@code report(int, Throwable)} exits, but this call cannot run it, so the method
 * goes on with the interrupt lost.
 */
public class BadHelperOverloadReturns {
    private final Thread worker;

    public BadHelperOverloadReturns(Thread worker) {
        this.worker = worker;
    }

    public void stop(String reason) {
        worker.interrupt();
        try {
            worker.join(1000);
        } catch (InterruptedException ignored) { // expect: InterruptSwallowed['InterruptedException is swallowed']
            // ignored
        }
        report(1, reason);
    }

    static void report(int status, String message) {
        System.err.println(status + ": " + message);
    }

    static void report(int status, Throwable cause) {
        System.exit(status);
    }
}
