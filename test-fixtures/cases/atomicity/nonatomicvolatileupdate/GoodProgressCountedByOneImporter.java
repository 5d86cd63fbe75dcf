package atomicity.nonatomicvolatileupdate;

/**
 * An import job whose run() starts one importer thread, which alone counts progress on a volatile, and
 * a reporter that only reads it. The program makes one job and runs it once from main, on an object
 * no other thread has yet: one importer, one writer, no update lost.
 */
public class GoodProgressCountedByOneImporter {
    private final int totalRecords;
    private volatile long processed;
    private volatile boolean finished;

    public GoodProgressCountedByOneImporter(int totalRecords) {
        this.totalRecords = totalRecords;
    }

    private void importAll() {
        for (int i = 0; i < totalRecords; i++) {
            processed++;
        }
        finished = true;
    }

    private void reportProgress() {
        while (!finished) {
            System.out.println("progress: " + processed + " / " + totalRecords);
            Thread.onSpinWait();
        }
    }

    public long run() throws InterruptedException {
        Thread importer = new Thread(this::importAll, "importer");
        Thread reporter = new Thread(this::reportProgress, "reporter");
        importer.start();
        reporter.start();
        importer.join();
        reporter.join();
        return processed;
    }

    public static void main(String[] args) throws InterruptedException {
        GoodProgressCountedByOneImporter job = new GoodProgressCountedByOneImporter(3_000_000);
        System.out.println("imported " + job.run());
    }
}
