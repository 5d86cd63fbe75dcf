package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The interrupt ends the loop of a method that is the whole body of a dedicated thread
 * ({@code new Thread(this::drain)}): returning from it ends the thread, so the interrupt is honoured
 * and nothing above it needs the flag (hadoop GcTimeMonitor, misuse review #14, with the loop in a
 * Runnable handed straight to {@code new Thread} rather than in a Thread subclass).
 */
public class GoodRunnableEndsOnInterrupt {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final Thread drainer = new Thread(this::drain, "event-drainer");

    public void start() {
        drainer.setDaemon(true);
        drainer.start();
    }

    public void stop() {
        drainer.interrupt();
    }

    public void publish(String event) {
        events.add(event);
    }

    private void drain() {
        while (true) {
            try {
                System.out.println(events.take());
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
