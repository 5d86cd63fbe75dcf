// EXPECT: none
package probe14b; import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Progress model behind the "Export to PDF" dialog.
 *
 * Pages are rendered in parallel by the export pool, which calls pageExported();
 * the dispatch thread polls percentComplete() from a repaint timer and pushes the
 * value to the progress bar listeners.
 */
public class ExportProgressModel {

    private final int totalPages;
    private int exportedPages;
    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();

    public ExportProgressModel(int totalPages) {
        this.totalPages = totalPages;
    }

    public void addPercentListener(IntConsumer listener) {
        listeners.add(listener);
    }

    /** Called by export workers after each page has been rendered and written. */
    public synchronized void pageExported() {
        exportedPages++; // OK: pageExported() and percentComplete() both synchronize on this model
    }

    public synchronized int percentComplete() {
        return totalPages == 0 ? 100 : exportedPages * 100 / totalPages;
    }

    /** Runs on the dispatch thread only. */
    void fireProgress() {
        int pct = percentComplete();
        for (IntConsumer l : listeners) {
            l.accept(pct);
        }
    }

    public static void runExport(int pages, ExportProgressModel model) throws InterruptedException {
        ScheduledExecutorService dispatchThread =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ui-dispatch"));
        ExecutorService exportPool = Executors.newFixedThreadPool(4, r -> new Thread(r, "export-worker"));

        ScheduledFuture<?> repaintTimer =
                dispatchThread.scheduleAtFixedRate(model::fireProgress, 0, 50, TimeUnit.MILLISECONDS);
        for (int page = 1; page <= pages; page++) {
            final int pageNo = page;
            exportPool.execute(() -> {
                renderPage(pageNo);
                model.pageExported();
            });
        }
        exportPool.shutdown();
        exportPool.awaitTermination(10, TimeUnit.MINUTES);

        repaintTimer.cancel(false);
        dispatchThread.execute(model::fireProgress);
        dispatchThread.shutdown();
    }

    private static void renderPage(int pageNo) {
        double ink = 0;
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 100; x++) {
                ink += Math.sin(pageNo * 0.1 + x * 0.01) * Math.cos(y * 0.02);
            }
        }
        if (Double.isNaN(ink)) {
            System.err.println("page " + pageNo + " rendered NaN");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExportProgressModel model = new ExportProgressModel(1_200);
        model.addPercentListener(pct -> System.out.println("Exported " + pct + "%"));
        runExport(1_200, model);
    }
}
