// EXPECT: data-race-on-a-field @ line 35
package probe14b; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Progress model behind the "Import photos" dialog.
 *
 * Threading: fileImported() is called by the import pool (four worker threads);
 * percentComplete() is polled by the UI dispatch thread from a repaint timer,
 * which forwards the value to the registered listeners.
 */
public class ImportProgressModel {

    private final int totalFiles;
    private int importedFiles;
    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();

    public ImportProgressModel(int totalFiles) {
        this.totalFiles = totalFiles;
    }

    public void addPercentListener(IntConsumer listener) {
        listeners.add(listener);
    }

    /** Called by import workers after each file has been copied and indexed. */
    public void fileImported() {
        importedFiles++; // BUG: unsynchronized read-modify-write from several import workers loses updates (and the UI reads it racily)
    }

    public int percentComplete() {
        return totalFiles == 0 ? 100 : importedFiles * 100 / totalFiles;
    }

    /** Runs on the dispatch thread only. */
    void fireProgress() {
        int pct = percentComplete();
        for (IntConsumer l : listeners) {
            l.accept(pct);
        }
    }

    public static void runImport(List<String> files, ImportProgressModel model) throws InterruptedException {
        ScheduledExecutorService dispatchThread =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ui-dispatch"));
        ExecutorService importPool = Executors.newFixedThreadPool(4, r -> new Thread(r, "import-worker"));

        ScheduledFuture<?> repaintTimer =
                dispatchThread.scheduleAtFixedRate(model::fireProgress, 0, 50, TimeUnit.MILLISECONDS);
        for (String file : files) {
            importPool.execute(() -> {
                copyAndIndex(file);
                model.fileImported();
            });
        }
        importPool.shutdown();
        importPool.awaitTermination(10, TimeUnit.MINUTES);

        repaintTimer.cancel(false);
        dispatchThread.execute(model::fireProgress);
        dispatchThread.shutdown();
    }

    private static void copyAndIndex(String file) {
        long checksum = 17;
        for (int i = 0; i < 20_000; i++) {
            checksum = checksum * 31 + file.charAt(i % file.length());
        }
        if (checksum == 0) {
            System.err.println("suspicious checksum for " + file);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            files.add("IMG_" + i + ".jpg");
        }
        ImportProgressModel model = new ImportProgressModel(files.size());
        model.addPercentListener(pct -> System.out.println("Imported " + pct + "%"));
        runImport(files, model);
    }
}
