package atomicity.nonatomicvolatileupdate;

/**
 * The same job, but main starts an importer per input part on the one job: the first start() hands the
 * job to a thread, so the next pass of the loop starts a second importer on a job the first one already
 * counts on, and the two lose each other's increments.
 */
public class BadProgressCountedByImportersStartedInLoop {
    private final int recordsPerPart;
    private volatile long processed;

    public BadProgressCountedByImportersStartedInLoop(int recordsPerPart) {
        this.recordsPerPart = recordsPerPart;
    }

    private void importPart() {
        for (int i = 0; i < recordsPerPart; i++) {
            processed++; // expect: NonAtomicVolatileUpdate['`processed` is volatile, but this update reads it and then writes it in two steps']
        }
    }

    public Thread start() {
        Thread importer = new Thread(this::importPart, "importer");
        importer.start();
        return importer;
    }

    public long processed() {
        return processed;
    }

    public static void main(String[] args) throws InterruptedException {
        BadProgressCountedByImportersStartedInLoop job = new BadProgressCountedByImportersStartedInLoop(1_000_000);
        Thread[] importers = new Thread[4];
        for (int part = 0; part < importers.length; part++) {
            importers[part] = job.start();
        }
        for (Thread t : importers) {
            t.join();
        }
        System.out.println("imported " + job.processed());
    }
}
