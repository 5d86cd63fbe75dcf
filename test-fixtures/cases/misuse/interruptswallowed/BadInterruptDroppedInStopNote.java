package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Logger;

/**
 * A sink whose stop() drains what is queued and waits for its writer, logging an interrupt and carrying on
 * (log4j's AsyncLoggerDisruptor.stop): the stopping thread loses its flag, but only to the rest of the
 * shutdown it is already running. A note; the look-alike BadLogAndContinue retries for ever.
 */
public class BadInterruptDroppedInStopNote {
    private static final Logger LOG = Logger.getLogger(BadInterruptDroppedInStopNote.class.getName());

    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
    private final Thread writer = new Thread(this::drain, "sink-writer");
    private volatile boolean stopping;

    public void start() {
        writer.start();
    }

    public void write(String line) {
        pending.add(line);
    }

    private void drain() {
        while (!stopping || !pending.isEmpty()) {
            String line = pending.poll();
            if (line != null) {
                System.out.println(line);
            }
        }
    }

    public void stop() {
        stopping = true;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) { // expect: InterruptSwallowed['runs only as `BadInterruptDroppedInStopNote.stop` starts or stops']
            LOG.warning("interrupted while the sink drains, going on with the shutdown");
        }
        pending.clear();
    }
}
