package publication.unsafepublication;

/** A progress object with non-final fields is stored in a plain field; the reporter thread may see it with a zero total. */
public class BadCursorPublished {
    static final class Progress {
        private String phase;
        private long total;

        Progress(String phase, long total) {
            this.phase = phase;
            this.total = total;
        }

        String describe() {
            return phase + " of " + total + " items";
        }
    }

    private Progress progress;
    private volatile boolean finished;

    public void startReporter() {
        Thread reporter = new Thread(() -> {
            while (!finished) {
                Progress p = progress;
                System.out.println(p == null ? "starting" : p.describe());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        reporter.setDaemon(true);
        reporter.start();
    }

    public void beginJob(String phase, long total) {
        progress = new Progress(phase, total); // expect: UnsafePublication
    }

    public void finish() {
        finished = true;
    }
}
