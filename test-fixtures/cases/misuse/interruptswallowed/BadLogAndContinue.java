package misuse.interruptswallowed;

import java.util.concurrent.Callable;
import java.util.logging.Logger;

/** Retry helper that logs InterruptedException during its back-off and goes on retrying: the interrupt is lost, so a shutdown cannot stop it. */
public class BadLogAndContinue {
    private static final Logger LOG = Logger.getLogger(BadLogAndContinue.class.getName());

    public static <T> T retry(Callable<T> action, int attempts) throws Exception {
        Exception last = new IllegalArgumentException("attempts must be positive");
        for (int i = 0; i < attempts; i++) {
            try {
                return action.call();
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(100L << i);
            } catch (InterruptedException e) { // expect: InterruptSwallowed['`BadLogAndContinue.retry` goes on running on its caller's thread, with its interrupt status lost']
                LOG.warning("interrupted during back-off, retrying anyway");
            }
        }
        throw last;
    }
}
