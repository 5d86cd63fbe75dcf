package publication.unsafepublication;

/** The same reload, but the field is volatile: the store happens-before the worker's read, so the fields are visible. */
public class GoodVolatileSettings {
    static class Settings {
        int batchSize;
        String target;

        Settings(int batchSize, String target) {
            this.batchSize = batchSize;
            this.target = target;
        }
    }

    private volatile Settings settings;
    private volatile boolean running = true;

    public void start() {
        new Thread(() -> {
            while (running) {
                Settings s = settings;
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
        settings = new Settings(batchSize, target);
    }

    public void stop() {
        running = false;
    }
}
