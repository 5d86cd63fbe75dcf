package misuse.interruptswallowed;

import static misuse.interruptswallowed.GoodExitThroughOverloadedHelper.Codes.EXIT_INTERRUPTED;

/**
 * The same signal handler ending the JVM through a helper with overloads (hadoop ExitUtil): the call
 * {@code Exits.terminate(EXIT_INTERRUPTED, message)}, with a statically imported code and a message, runs
 * {@code terminate(int, String)}, which always exits (or throws); not {@code terminate(int, Throwable)}
 * nor the deprecated {@code terminate(int)}, which only records the code.
 */
public class GoodExitThroughOverloadedHelper {
    private final Thread shutdown;

    public GoodExitThroughOverloadedHelper(Thread shutdown) {
        this.shutdown = shutdown;
    }

    public void interrupted(String signal) {
        String message = "interrupted by " + signal;
        shutdown.start();
        try {
            shutdown.join(1000);
        } catch (InterruptedException ignored) {
            // ignored: the JVM ends below
        }
        Exits.terminate(EXIT_INTERRUPTED, message);
    }

    /** Exit codes. */
    public interface Codes {
        int EXIT_INTERRUPTED = 130;
    }

    /** Ends the JVM, or throws when exiting is disabled in tests. */
    public static final class Exits {
        private static volatile boolean disabled;
        private static volatile int recorded;

        private Exits() {
        }

        public static void terminate(int status, String message) {
            terminate(new ExitException(status, message));
        }

        public static void terminate(int status, Throwable cause) {
            recorded = status;
            if (cause instanceof ExitException e) {
                throw e;
            }
        }

        /** Records the code only; kept for old callers. */
        public static void terminate(int status) {
            recorded = status;
        }

        public static void terminate(ExitException e) {
            if (disabled) {
                throw e;
            } else {
                System.exit(e.status);
            }
        }
    }

    /** What {@link Exits#terminate(ExitException)} throws when exiting is disabled. */
    public static final class ExitException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        ExitException(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
