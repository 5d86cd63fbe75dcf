package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Event consumer that catches Exception around queue.take(): the InterruptedException used to stop it is caught as a generic error and the loop spins on. */
public class BadCatchExceptionAroundTake implements Runnable {
    private static final Logger LOG = Logger.getLogger(BadCatchExceptionAroundTake.class.getName());
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private volatile boolean running = true;

    public boolean publish(String event) {
        return events.offer(event);
    }

    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try {
                String event = events.take();
                LOG.info("event " + event);
            } catch (Exception e) { // expect: InterruptSwallowed['an InterruptedException (caught as Exception) is swallowed']
                LOG.log(Level.WARNING, "event handling failed", e);
            }
        }
    }
}
