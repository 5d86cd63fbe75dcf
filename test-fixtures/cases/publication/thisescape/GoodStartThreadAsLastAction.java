package publication.thisescape;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** The constructor starts its worker as its very last action, after every field is assigned; Thread.start gives the worker happens-before for all of them, and the class is final, so no subclass constructor is still running. */
public final class GoodStartThreadAsLastAction implements Runnable {
    private final String name;
    private final BlockingQueue<String> jobs;
    private final Thread worker;

    public GoodStartThreadAsLastAction(String name) {
        this.name = name;
        this.jobs = new LinkedBlockingQueue<>();
        this.worker = new Thread(this, name);
        worker.start();
    }

    public void submit(String job) {
        jobs.offer(job);
    }

    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                System.out.println(name + " ran " + jobs.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
