package misuse.monitoronconcurrencyobject;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An event thread's queue whose monitor pairs an after-death check of `running` with the thread's last
 * emptiness check, while ordinary events are added without it. The authors reviewed that design for
 * SpotBugs and suppressed its equivalent pattern, `JLM_JSR166_UTILCONCURRENT_MONITORENTER`, on both
 * methods: code already reviewed under SpotBugs keeps its suppressions (zookeeper ClientCnxn.EventThread).
 */
public class GoodEventQueueMonitorSuppressedForSpotBugs extends Thread {

    /** SpotBugs' annotation, as a project declares or imports it. */
    @Retention(RetentionPolicy.CLASS)
    @interface SuppressFBWarnings {
        String[] value() default {};

        String justification() default "";
    }

    private final LinkedBlockingQueue<Object> waitingEvents = new LinkedBlockingQueue<>();
    private final Object eventOfDeath = new Object();
    private volatile boolean wasKilled;
    private volatile boolean running;

    public void queueEvent(Object event) {
        waitingEvents.add(event);
    }

    public void queueEventOfDeath() {
        waitingEvents.add(eventOfDeath);
    }

    @SuppressFBWarnings(value = "JLM_JSR166_UTILCONCURRENT_MONITORENTER", justification = "pairs with run()'s last check")
    public void queuePacket(Object packet) {
        if (wasKilled) {
            synchronized (waitingEvents) {
                if (running) {
                    waitingEvents.add(packet);
                } else {
                    System.out.println("processed inline: " + packet);
                }
            }
        } else {
            waitingEvents.add(packet);
        }
    }

    @Override
    @SuppressFBWarnings("JLM")
    public void run() {
        running = true;
        try {
            while (true) {
                Object event = waitingEvents.take();
                if (event == eventOfDeath) {
                    wasKilled = true;
                } else {
                    System.out.println("processed: " + event);
                }
                if (wasKilled) {
                    synchronized (waitingEvents) {
                        if (waitingEvents.isEmpty()) {
                            running = false;
                            break;
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
