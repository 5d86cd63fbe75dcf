package publication.thisescape;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An archiver hands its loop to its own executor as the constructor's last action: every field is set
 * before, the hand-over orders those writes before the task, the loop calls only private methods (no
 * subclass can slip in a read of its own fields), and the public constructor that delegates with
 * {@code this(...)} adds nothing after (cassandra ExternalArchiver).
 */
public class GoodTaskLastInDelegatedConstructor {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final String command;
    private final int maxRetries;
    private volatile boolean running = true;

    public GoodTaskLastInDelegatedConstructor(String command) {
        this(command, 3);
    }

    GoodTaskLastInDelegatedConstructor(String command, int maxRetries) {
        this.command = command;
        this.maxRetries = maxRetries;
        executor.execute(() -> {
            while (running) {
                poll();
            }
        });
    }

    public void submit(String file) {
        queue.add(file);
    }

    public void stop() {
        running = false;
        executor.shutdown();
    }

    private void poll() {
        try {
            String file = queue.poll(100, TimeUnit.MILLISECONDS);
            if (file != null) {
                archive(file, 0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void archive(String file, int attempt) {
        if (attempt < maxRetries) {
            System.out.println(command + " " + file);
        }
    }
}
