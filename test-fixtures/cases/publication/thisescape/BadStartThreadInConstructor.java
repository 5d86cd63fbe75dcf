package publication.thisescape;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** The constructor starts a thread running this.run() before the queue field is assigned. */
public class BadStartThreadInConstructor implements Runnable {
    private final String name;
    private final BlockingQueue<String> jobs;

    public BadStartThreadInConstructor(String name) {
        this.name = name;
        new Thread(this, name).start(); // expect: ThisEscape['a thread that runs code of this object is started here, before the constructor has finished']
        this.jobs = new LinkedBlockingQueue<>();
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
