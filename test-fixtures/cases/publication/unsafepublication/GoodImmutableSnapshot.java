package publication.unsafepublication;

/** The published object has only final fields: final-field semantics guarantee a reader sees it fully built. */
public class GoodImmutableSnapshot {
    static final class Snapshot {
        private final long version;
        private final String payload;

        Snapshot(long version, String payload) {
            this.version = version;
            this.payload = payload;
        }

        String describe() {
            return version + ":" + payload;
        }
    }

    private Snapshot latest;
    private volatile boolean running = true;

    public void startPrinter() {
        new Thread(() -> {
            while (running) {
                Snapshot s = latest;
                System.out.println(s == null ? "none" : s.describe());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }).start();
    }

    public void publish(long version, String payload) {
        latest = new Snapshot(version, payload);
    }

    public void stop() {
        running = false;
    }
}
