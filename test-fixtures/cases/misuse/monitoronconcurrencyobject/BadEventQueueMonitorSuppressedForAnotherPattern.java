package misuse.monitoronconcurrencyobject;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The look-alike: the same queue, but the suppressions name other SpotBugs patterns (inconsistent
 * synchronization, and a longer name that `JLM_JSR166_UTILCONCURRENT_MONITORENTER` is only a prefix of):
 * nobody reviewed this use of the queue's monitor, and it is reported.
 */
public class BadEventQueueMonitorSuppressedForAnotherPattern extends Thread {

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

    @SuppressFBWarnings(value = "IS2_INCONSISTENT_SYNC", justification = "running is volatile")
    public void queuePacket(Object packet) {
        if (wasKilled) {
            synchronized (waitingEvents) { // expect: MonitorOnConcurrencyObject['synchronized on `waitingEvents`, a LinkedBlockingQueue']
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
    @SuppressFBWarnings("JLM_JSR166_UTILCONCURRENT_MONITORENTER_X")
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
                    synchronized (waitingEvents) { // expect: MonitorOnConcurrencyObject['synchronized on `waitingEvents`, a LinkedBlockingQueue']
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
