// EXPECT: none
package probe2.dl;

// OK: renderAll() holds this monitor while joining its worker threads, but the workers only touch their own slice of local arrays and the final field targetWidth via the unsynchronized pure helper scaledHeight(), so they never need this monitor; join() publishes their writes
public class ThumbnailRenderer {
    private final int targetWidth;
    private int[] lastHeights = new int[0];
    private long batchesRendered;

    public ThumbnailRenderer(int targetWidth) {
        if (targetWidth <= 0) {
            throw new IllegalArgumentException("targetWidth must be positive");
        }
        this.targetWidth = targetWidth;
    }

    /** widths[i] x heights[i] are source image sizes; returns the thumbnail heights. */
    public synchronized int[] renderAll(int[] widths, int[] heights, int workers) throws InterruptedException {
        if (widths.length != heights.length || workers <= 0) {
            throw new IllegalArgumentException("bad batch");
        }
        final int[] w = widths.clone();
        final int[] h = heights.clone();
        final int[] out = new int[w.length];
        int chunk = (w.length + workers - 1) / workers;
        Thread[] threads = new Thread[workers];
        for (int k = 0; k < workers; k++) {
            final int from = Math.min(w.length, k * chunk);
            final int to = Math.min(w.length, from + chunk);
            threads[k] = new Thread(() -> {
                for (int i = from; i < to; i++) {
                    out[i] = scaledHeight(w[i], h[i]);
                }
            }, "thumb-" + k);
            threads[k].start();
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            for (Thread t : threads) {
                t.interrupt();
            }
            throw e;
        }
        lastHeights = out;
        batchesRendered++;
        return out.clone();
    }

    private int scaledHeight(int sourceWidth, int sourceHeight) {
        if (sourceWidth <= 0) {
            return 0;
        }
        return (int) Math.max(1L, Math.round((double) sourceHeight * targetWidth / sourceWidth));
    }

    public synchronized int[] lastHeights() {
        return lastHeights.clone();
    }

    public synchronized long batchesRendered() {
        return batchesRendered;
    }

    public static void main(String[] args) throws InterruptedException {
        ThumbnailRenderer renderer = new ThumbnailRenderer(160);
        int[] widths = {1920, 1280, 800, 4000, 640};
        int[] heights = {1080, 720, 600, 3000, 480};
        int[] thumbs = renderer.renderAll(widths, heights, 3);
        for (int t : thumbs) {
            System.out.println(t);
        }
        System.out.println(renderer.batchesRendered());
    }
}
