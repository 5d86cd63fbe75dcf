package misuse.threadneverstarted;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Mail sender that configures its daemon sender thread and starts it. */
public class GoodStarted {
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();

    public void open() {
        Thread sender = new Thread(this::sendLoop, "mail-sender");
        sender.setDaemon(true);
        sender.start();
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
