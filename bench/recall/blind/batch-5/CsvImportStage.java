// EXPECT: data-race @ line 74
package probe5.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Import stage that parses CSV order lines on several worker threads. Valid
 * lines are counted as accepted, malformed ones as rejected; the bookkeeping
 * lives in the shared {@link AbstractImportStage} base class.
 */
public class CsvImportStage extends AbstractImportStage {

    private final List<String> lines;

    public CsvImportStage(List<String> lines) {
        this.lines = lines;
    }

    private void parse(String line) {
        String[] cols = line.split(",");
        if (cols.length != 3) {
            recordRejected();
            return;
        }
        try {
            Integer.parseInt(cols[2].trim());
            recordAccepted();
        } catch (NumberFormatException e) {
            recordRejected();
        }
    }

    /** Parses all lines using {@code workers} threads, each taking a stride. */
    public void run(int workers) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            final int start = w;
            Thread t = new Thread(() -> {
                for (int i = start; i < lines.size(); i += workers) {
                    parse(lines.get(i));
                }
            }, "csv-worker-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> input = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            input.add(i % 5 == 0 ? "broken line" : "order-" + i + ",sku-" + (i % 13) + "," + i);
        }
        CsvImportStage stage = new CsvImportStage(input);
        stage.run(4);
        System.out.println("accepted=" + stage.accepted() + " rejected=" + stage.rejected());
    }
}

/** Shared accept/reject bookkeeping for import stages. */
abstract class AbstractImportStage {

    private long accepted;
    private long rejected;

    protected synchronized void recordAccepted() {
        accepted++;
    }

    protected void recordRejected() {
        rejected++; // BUG: unsynchronized increment (unlike recordAccepted) races between worker threads
    }

    public synchronized long accepted() {
        return accepted;
    }

    public synchronized long rejected() {
        return rejected;
    }
}
