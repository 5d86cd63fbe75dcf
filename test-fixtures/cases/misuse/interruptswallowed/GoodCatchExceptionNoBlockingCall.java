package misuse.interruptswallowed;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Parser that catches Exception around code with no interruptible JDK call: there is no InterruptedException to swallow. */
public class GoodCatchExceptionNoBlockingCall {
    private static final Logger LOG = Logger.getLogger(GoodCatchExceptionNoBlockingCall.class.getName());

    public static int portOrDefault(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (Exception e) {
            LOG.log(Level.FINE, "bad port " + text, e);
            return fallback;
        }
    }
}
