package misuse.interruptswallowed;

import java.util.logging.Logger;

/** Poller whose catch block calls a helper that logs and re-flags the interrupt with Thread.currentThread().interrupt(). */
public class GoodHelperReinterrupts {
    private static final Logger LOG = Logger.getLogger(GoodHelperReinterrupts.class.getName());

    public void pollUntil(long deadlineMillis) {
        while (System.currentTimeMillis() < deadlineMillis) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                restoreInterrupt("poll");
                return;
            }
        }
    }

    private static void restoreInterrupt(String where) {
        LOG.info("interrupted in " + where);
        Thread.currentThread().interrupt();
    }
}
