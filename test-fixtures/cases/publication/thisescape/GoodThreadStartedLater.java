package publication.thisescape;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** The worker thread is created in the constructor but started from start(), after construction has finished. */
public class GoodThreadStartedLater {
    private final BlockingQueue<String> jobs = new LinkedBlockingQueue<>();
    private final Thread worker;

    public GoodThreadStartedLater(String name) {
        this.worker = new Thread(this::drain, name);
    }

    public void start() {
        worker.start();
    }

    public void submit(String job) {
        jobs.offer(job);
    }

    private void drain() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                System.out.println("ran " + jobs.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
