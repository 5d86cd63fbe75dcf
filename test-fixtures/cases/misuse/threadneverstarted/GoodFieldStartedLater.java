package misuse.threadneverstarted;

import java.util.concurrent.atomic.AtomicLong;

/** Heartbeat whose thread is built in the constructor, kept in a field and started by start(). */
public class GoodFieldStartedLater {
    private final Thread beater;
    private final AtomicLong beats = new AtomicLong();

    public GoodFieldStartedLater() {
        beater = new Thread(this::beat, "heartbeat");
        beater.setDaemon(true);
    }

    public void start() {
        beater.start();
    }

    public void stop() {
        beater.interrupt();
    }

    public long beats() {
        return beats.get();
    }

    private void beat() {
        while (!Thread.currentThread().isInterrupted()) {
            beats.incrementAndGet();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
