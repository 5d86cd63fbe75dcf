// EXPECT: none
package probe14b; import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * "Rebuild search index" background task for the notes window. The finished
 * index is handed to the UI dispatch thread; the progress dialog's Cancel button
 * calls Future.cancel(true).
 */
public class IndexRebuildTask implements Runnable {

    private static final long THROTTLE_MILLIS = 2;

    private final List<String> notes;
    private final ExecutorService dispatchThread;
    private final Consumer<Integer> onProgress;
    private final Consumer<Map<String, List<Integer>>> onFinished;

    public IndexRebuildTask(List<String> notes, ExecutorService dispatchThread,
                            Consumer<Integer> onProgress, Consumer<Map<String, List<Integer>>> onFinished) {
        this.notes = List.copyOf(notes);
        this.dispatchThread = dispatchThread;
        this.onProgress = onProgress;
        this.onFinished = onFinished;
    }

    @Override
    public void run() {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int noteId = 0; noteId < notes.size(); noteId++) {
            for (String word : notes.get(noteId).toLowerCase().split("\\W+")) {
                index.computeIfAbsent(word, w -> new ArrayList<>()).add(noteId);
            }
            if (noteId % 50 == 0) {
                final int done = noteId;
                dispatchThread.execute(() -> onProgress.accept(done));
            }
            try {
                Thread.sleep(THROTTLE_MILLIS); // leave the CPU to the foreground between notes
            } catch (InterruptedException e) {
                return; // OK: cancel(true) ends the task right here and nothing is posted; the pool clears the worker's interrupt status before its next task
            }
        }
        Map<String, List<Integer>> result = Map.copyOf(index);
        dispatchThread.execute(() -> onFinished.accept(result));
    }

    /** Dialog controller. All methods run on the dispatch thread. */
    static class RebuildDialogController {
        private final ExecutorService dispatchThread;
        private final ExecutorService indexExecutor = Executors.newSingleThreadExecutor(r -> new Thread(r, "index-rebuild"));
        private Future<?> running;

        RebuildDialogController(ExecutorService dispatchThread) {
            this.dispatchThread = dispatchThread;
        }

        void rebuildClicked(List<String> notes) {
            running = indexExecutor.submit(new IndexRebuildTask(notes, dispatchThread,
                    done -> System.out.println("indexed " + done + " notes"),
                    index -> System.out.println("index rebuilt, " + index.size() + " terms")));
        }

        void cancelClicked() {
            if (running != null) {
                running.cancel(true);
                running = null;
                System.out.println("rebuild cancelled");
            }
        }

        void close() {
            indexExecutor.shutdown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            notes.add("Meeting note " + i + ": discuss release " + (i % 7) + " and budget");
        }
        ExecutorService dispatchThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui-dispatch"));
        RebuildDialogController controller = new RebuildDialogController(dispatchThread);
        dispatchThread.execute(() -> controller.rebuildClicked(notes));
        Thread.sleep(200);
        dispatchThread.execute(controller::cancelClicked);
        dispatchThread.execute(controller::close);
        Thread.sleep(200);
        dispatchThread.shutdown();
        dispatchThread.awaitTermination(1, TimeUnit.MINUTES);
    }
}
