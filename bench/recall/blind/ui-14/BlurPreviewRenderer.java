// EXPECT: none
package probe14b; import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Renders the live preview of the "Gaussian blur" filter dialog. The blur runs on
 * a dedicated worker thread started from the UI dispatch thread when the dialog
 * opens (one renderer per dialog); pressing Cancel, also on the dispatch thread,
 * aborts the running pass.
 */
public class BlurPreviewRenderer {

    private final int[] source;
    private final int width;
    private final int height;
    private final ExecutorService dispatchThread;
    private boolean cancelled; // OK: only accessed inside the synchronized cancel()/isCancelled()/start(), so the worker sees the dispatch thread's write

    public BlurPreviewRenderer(int[] source, int width, int height, ExecutorService dispatchThread) {
        this.source = source;
        this.width = width;
        this.height = height;
        this.dispatchThread = dispatchThread;
    }

    /** Dispatch thread: dialog opened. */
    public synchronized void start(int radius, Consumer<int[]> onDone) {
        cancelled = false;
        Thread worker = new Thread(() -> render(radius, onDone), "blur-preview-worker");
        worker.setDaemon(true);
        worker.start();
    }

    /** Dispatch thread: Cancel pressed. */
    public synchronized void cancel() {
        cancelled = true;
    }

    private synchronized boolean isCancelled() {
        return cancelled;
    }

    private void render(int radius, Consumer<int[]> onDone) {
        int[] out = new int[source.length];
        for (int pass = 0; pass < 20; pass++) {
            for (int row = 0; row < height; row++) {
                if (isCancelled()) {
                    return;
                }
                int base = row * width;
                for (int col = 0; col < width; col++) {
                    int sum = 0;
                    int lo = Math.max(0, col - radius);
                    int hi = Math.min(width - 1, col + radius);
                    for (int k = lo; k <= hi; k++) {
                        sum += source[base + k] & 0xFF;
                    }
                    out[base + col] = 0xFF000000 | (sum / (hi - lo + 1));
                }
            }
        }
        dispatchThread.execute(() -> onDone.accept(out));
    }

    public static void main(String[] args) throws InterruptedException {
        int width = 2000;
        int height = 1500;
        int[] source = new int[width * height];
        Random random = new Random(11);
        for (int i = 0; i < source.length; i++) {
            source[i] = 0xFF000000 | random.nextInt(0x1000000);
        }

        ExecutorService dispatchThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui-dispatch"));
        BlurPreviewRenderer renderer = new BlurPreviewRenderer(source, width, height, dispatchThread);
        dispatchThread.execute(() -> renderer.start(4, out -> System.out.println("preview ready: " + out.length + " px")));
        Thread.sleep(300);
        dispatchThread.execute(() -> {
            renderer.cancel();
            System.out.println("preview cancelled");
        });
        dispatchThread.shutdown();
        dispatchThread.awaitTermination(1, TimeUnit.MINUTES);
    }
}
