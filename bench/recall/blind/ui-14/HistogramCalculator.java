// EXPECT: visibility-of-a-stop-state-flag @ line 19
package probe14b; import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Computes the luminance histogram shown in the image editor's "Levels" panel.
 * The computation runs on a dedicated worker thread started from the UI dispatch
 * thread; the panel's Cancel button (also on the dispatch thread) aborts it.
 */
public class HistogramCalculator {

    private final int[] pixels;
    private final int width;
    private final int height;
    private final ExecutorService dispatchThread;
    private boolean stopRequested; // BUG: written by the dispatch thread in cancel(), polled by the worker loop with no synchronization or volatile; the worker may never see it

    public HistogramCalculator(int[] pixels, int width, int height, ExecutorService dispatchThread) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        this.dispatchThread = dispatchThread;
    }

    /** Dispatch thread: "Levels" panel opened. */
    public void start(Consumer<int[]> onDone) {
        stopRequested = false;
        Thread worker = new Thread(() -> compute(onDone), "histogram-worker");
        worker.setDaemon(true);
        worker.start();
    }

    /** Dispatch thread: Cancel button pressed. */
    public void cancel() {
        stopRequested = true;
    }

    private void compute(Consumer<int[]> onDone) {
        int[] bins = new int[256];
        for (int pass = 0; pass < 50; pass++) {
            for (int row = 0; row < height; row++) {
                if (stopRequested) {
                    return;
                }
                int base = row * width;
                for (int col = 0; col < width; col++) {
                    int argb = pixels[base + col];
                    int r = (argb >> 16) & 0xFF;
                    int g = (argb >> 8) & 0xFF;
                    int b = argb & 0xFF;
                    bins[(r * 77 + g * 150 + b * 29) >> 8]++;
                }
            }
        }
        dispatchThread.execute(() -> onDone.accept(bins));
    }

    public static void main(String[] args) throws InterruptedException {
        int width = 4000;
        int height = 3000;
        int[] pixels = new int[width * height];
        Random random = new Random(7);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0xFF000000 | random.nextInt(0x1000000);
        }

        ExecutorService dispatchThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui-dispatch"));
        HistogramCalculator calculator = new HistogramCalculator(pixels, width, height, dispatchThread);
        dispatchThread.execute(() -> calculator.start(bins -> System.out.println("histogram ready, mid bin = " + bins[128])));
        Thread.sleep(300);
        dispatchThread.execute(() -> {
            calculator.cancel();
            System.out.println("histogram cancelled");
        });
        dispatchThread.shutdown();
        dispatchThread.awaitTermination(1, TimeUnit.MINUTES);
    }
}
