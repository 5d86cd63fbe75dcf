package races.unguardedwrite;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A worker thread loops while a plain flag is set, doing real work each pass; another thread clears the
 * flag to stop it. Nothing orders the write before the worker's reads (CERT VNA00-J): the worker may
 * never see it.
 */
public class BadStopFlagPolledByWorkingTask {
    private final BlockingQueue<String> jobs = new LinkedBlockingQueue<>();
    private boolean running = true;

    public void start() {
        new Thread(() -> {
            while (running) { // expect: UnguardedWrite['this loop polls']
                try {
                    String job = jobs.poll(100, TimeUnit.MILLISECONDS);
                    if (job != null) {
                        System.out.println(job);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }).start();
    }

    public void shutdown() {
        running = false; // expect: UnguardedWrite['`running` is written without a lock, while a task that runs on another thread polls it in a loop']
    }
}
