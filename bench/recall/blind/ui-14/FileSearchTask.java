// EXPECT: interrupt-or-executor-future-misuse @ line 59
package probe14b; import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * "Find files" background search. Matches are streamed to the results list on
 * the UI dispatch thread; the dialog's Cancel button calls Future.cancel(true).
 */
public class FileSearchTask implements Runnable {

    private static final long THROTTLE_MILLIS = 2;

    private final List<Path> roots;
    private final String needle;
    private final ExecutorService dispatchThread;
    private final Consumer<Path> onMatch;
    private final Consumer<List<Path>> onFinished;

    public FileSearchTask(List<Path> roots, String needle, ExecutorService dispatchThread,
                          Consumer<Path> onMatch, Consumer<List<Path>> onFinished) {
        this.roots = List.copyOf(roots);
        this.needle = needle;
        this.dispatchThread = dispatchThread;
        this.onMatch = onMatch;
        this.onFinished = onFinished;
    }

    @Override
    public void run() {
        List<Path> matches = new ArrayList<>();
        Deque<Path> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty() && !Thread.currentThread().isInterrupted()) {
            Path dir = pending.poll();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        pending.add(entry);
                    } else if (entry.getFileName().toString().contains(needle)) {
                        matches.add(entry);
                        dispatchThread.execute(() -> onMatch.accept(entry));
                    }
                }
                Thread.sleep(THROTTLE_MILLIS); // leave the disk to the foreground between directories
            } catch (IOException e) {
                // unreadable directory: skip it
            } catch (InterruptedException e) { // BUG: swallows the interrupt from cancel(true) (sleep cleared the flag), so the loop never sees it and the search keeps running
                // continue with the next directory
            }
        }
        List<Path> result = List.copyOf(matches);
        dispatchThread.execute(() -> onFinished.accept(result));
    }

    /** Dialog controller. All methods run on the dispatch thread. */
    static class SearchDialogController {
        private final ExecutorService dispatchThread;
        private final ExecutorService searchExecutor = Executors.newSingleThreadExecutor(r -> new Thread(r, "file-search"));
        private Future<?> running;

        SearchDialogController(ExecutorService dispatchThread) {
            this.dispatchThread = dispatchThread;
        }

        void searchClicked(Path root, String needle) {
            running = searchExecutor.submit(new FileSearchTask(List.of(root), needle, dispatchThread,
                    match -> System.out.println("match: " + match),
                    all -> System.out.println("search finished, " + all.size() + " matches")));
        }

        void cancelClicked() {
            if (running != null) {
                running.cancel(true);
                running = null;
                System.out.println("search cancelled");
            }
        }

        void close() {
            searchExecutor.shutdown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService dispatchThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui-dispatch"));
        SearchDialogController controller = new SearchDialogController(dispatchThread);
        dispatchThread.execute(() -> controller.searchClicked(Paths.get(args.length > 0 ? args[0] : "/"), ".java"));
        Thread.sleep(200);
        dispatchThread.execute(controller::cancelClicked);
        dispatchThread.execute(controller::close);
        Thread.sleep(200);
        dispatchThread.shutdown();
        dispatchThread.awaitTermination(1, TimeUnit.MINUTES);
    }
}
