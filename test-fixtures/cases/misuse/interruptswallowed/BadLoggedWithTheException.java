package misuse.interruptswallowed;

import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Handing the exception to a logger shows it to people, not to the program: the caller still loses the interrupt. */
public class BadLoggedWithTheException {
    private static final Logger LOG = Logger.getLogger(BadLoggedWithTheException.class.getName());

    public static boolean awaitQuietly(Future<?> work) {
        try {
            work.get();
            return true;
        } catch (Exception e) { // expect: InterruptSwallowed['an InterruptedException (caught as Exception) is swallowed']
            LOG.log(Level.WARNING, "work failed", e);
            return false;
        }
    }
}
