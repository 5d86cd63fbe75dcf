package misuse.interruptswallowed;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A sender's own thread resets its connection after a failed send, both inside its run loop (which stops
 * on a volatile flag) and once more after the loop, as the last thing it does. The reset backs off with
 * a sleep that ignores an interrupt: each time the thread either goes round to re-check its flag or ends
 * (zookeeper ClientCnxnSocketNIO.cleanup, called through SendThread.cleanup).
 */
public class GoodBackOffInLoopAndFinalCleanUp implements Runnable {
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>();
    private final Thread sender = new Thread(this, "sender");
    private volatile boolean running = true;
    private int sent;

    public void start() {
        sender.start();
    }

    public void stop() {
        running = false;
    }

    public void send(String packet) {
        outgoing.add(packet);
    }

    @Override
    public void run() {
        while (running) {
            String packet = outgoing.poll();
            if (packet == null || !write(packet)) {
                reset();
            }
        }
        reset();
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
        } catch (InterruptedException e) {
            System.out.println("interrupted during back-off, ignoring");
        }
    }
}
