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
    private boolean running = true; // expect: UnguardedWrite['`running`, neither volatile nor guarded, is written in'], UnguardedWrite['make `running` volatile']

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
        running = false; // related: UnguardedWrite['`running` is written here, without a lock']
    }
}
