package publication.unsafepublication;

/** A reload stores a new mutable Settings in a plain field read by the worker thread: it may see the reference before the fields. */
public class BadConfigReload {
    static class Settings {
        int batchSize;
        String target;

        Settings(int batchSize, String target) {
            this.batchSize = batchSize;
            this.target = target;
        }
    }

    private Settings settings;
    private volatile boolean running = true;

    public void start() {
        new Thread(() -> {
            while (running) {
                Settings s = settings; // related: UnsafePublication['another thread reads `settings` here']
                if (s != null) {
                    System.out.println("sending " + s.batchSize + " to " + s.target);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "sender").start();
    }

    public void reload(int batchSize, String target) {
        settings = new Settings(batchSize, target); // expect: UnsafePublication['stored in plain field `settings` (neither final nor volatile) without a lock, while a task on another thread (`BadConfigReload.start`) reads `settings` at line 21']
    }

    public void stop() {
        running = false;
    }
}
