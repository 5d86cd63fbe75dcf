package misuse.threadruncall;

import java.util.logging.Logger;

/** Thread subclass that wraps its target with logging and calls super.run() from its own run(): the target runs on this thread, as intended. */
public class GoodSuperRun extends Thread {
    private static final Logger LOG = Logger.getLogger(GoodSuperRun.class.getName());

    public GoodSuperRun(Runnable target, String name) {
        super(target, name);
    }

    @Override
    public void run() {
        LOG.fine("starting " + getName());
        try {
            super.run();
        } finally {
            LOG.fine("exiting " + getName());
        }
    }
}
