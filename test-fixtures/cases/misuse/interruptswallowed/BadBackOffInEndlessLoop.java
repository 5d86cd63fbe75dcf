package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A sender's own thread resets its connection after a failed send, as in the good case, but its loop
 * never ends by itself: an interrupt is its only stop signal, and the back-off sleep drops it.
 */
public class BadBackOffInEndlessLoop implements Runnable {
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>();
    private final Thread sender = new Thread(this, "sender");
    private int sent;

    public void start() {
        sender.start();
    }

    public void stop() {
        sender.interrupt();
    }

    public void send(String packet) {
        outgoing.add(packet);
    }

    @Override
    public void run() {
        while (true) {
            String packet = outgoing.poll();
            if (packet == null || !write(packet)) {
                reset();
            }
        }
    }

    private boolean write(String packet) {
        sent++;
        System.out.println(sent + ": " + packet);
        return !packet.isEmpty();
    }

    private void reset() {
        System.out.println("resetting after " + sent + " packets");
        backOff();
    }

    private void backOff() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) { // expect: InterruptSwallowed['InterruptedException is swallowed']
            System.out.println("interrupted during back-off, ignoring");
        }
    }
}
