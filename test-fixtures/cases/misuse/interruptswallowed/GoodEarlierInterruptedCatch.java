package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Event consumer that handles InterruptedException in its own earlier catch (re-interrupt and stop), so the later catch (Exception) only sees real failures. */
public class GoodEarlierInterruptedCatch implements Runnable {
    private static final Logger LOG = Logger.getLogger(GoodEarlierInterruptedCatch.class.getName());
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    public boolean publish(String event) {
        return events.offer(event);
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                String event = events.take();
                LOG.info("event " + event);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "event handling failed", e);
            }
        }
    }
}
