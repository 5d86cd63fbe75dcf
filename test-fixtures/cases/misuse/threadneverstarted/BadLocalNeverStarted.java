package misuse.threadneverstarted;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Mail sender that configures a daemon sender thread in a local and forgets start(): queued mails pile up forever. */
public class BadLocalNeverStarted {
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();

    public void open() {
        Thread sender = new Thread(this::sendLoop, "mail-sender"); // expect: ThreadNeverStarted['this thread is never started nor handed on']
        sender.setDaemon(true);
        sender.setPriority(Thread.NORM_PRIORITY);
    }

    public boolean send(String mail) {
        return outbox.offer(mail);
    }

    private void sendLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                String mail = outbox.take();
                System.out.println("sending " + mail);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
