// EXPECT: none
package probe7c; /**
 * A batch import job with a progress reporter. The import thread processes
 * records and bumps a volatile counter; a reporter thread periodically
 * prints progress until the import says it is done.
 */
public class ImportJob {

    private final int totalRecords;
    private volatile long processed;   // written only by the import thread
    private volatile boolean finished; // written only by the import thread

    public ImportJob(int totalRecords) {
        this.totalRecords = totalRecords;
    }

    private void importAll() {
        long checksum = 0;
        for (int i = 0; i < totalRecords; i++) {
            checksum += Integer.toString(i).hashCode();
            processed++; // OK: non-atomic ++ on a volatile, but the import thread is the only writer, so no update can be lost; the reporter only reads the volatile and always sees a recent value
        }
        System.out.println("import checksum " + checksum);
        finished = true;
    }

    private void reportProgress() {
        try {
            while (!finished) {
                long done = processed;
                System.out.printf("progress: %d / %d%n", done, totalRecords);
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        ImportJob job = new ImportJob(3_000_000);
        long done = job.run();
        System.out.println("imported " + done + " records");
        if (done != 3_000_000) {
            throw new AssertionError("lost updates: " + done);
        }
    }
}
