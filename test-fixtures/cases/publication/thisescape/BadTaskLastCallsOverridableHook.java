package publication.thisescape;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The same archiver, but its loop calls a protected hook a subclass may override: the subclass's
 * constructor has not run yet when the task starts, so an override can read its own fields unset.
 */
public class BadTaskLastCallsOverridableHook {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final String command;
    private final int maxRetries;
    private volatile boolean running = true;

    public BadTaskLastCallsOverridableHook(String command) {
        this(command, 3);
    }

    BadTaskLastCallsOverridableHook(String command, int maxRetries) {
        this.command = command;
        this.maxRetries = maxRetries;
        executor.execute(() -> { // expect: ThisEscape['a lambda that uses `this` is handed to `executor.execute(...)`']
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

    protected void archive(String file, int attempt) {
        if (attempt < maxRetries) {
            System.out.println(command + " " + file);
        }
    }
}
