// EXPECT: none
package probe9c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Regenerates thumbnails for uploaded media. Each asset is rendered on its
 * own virtual thread; the job reports totals at the end.
 */
public class MediaThumbnailJob {

    record Asset(String id, int width, int height, String mimeType) { }

    record RenderResult(String assetId, int thumbnails, boolean skipped) { }

    private static final int[] TARGET_WIDTHS = {160, 320, 640, 1280};

    private int generated;
    private int skipped;

    public void run(List<Asset> assets) throws InterruptedException, ExecutionException {
        List<Future<RenderResult>> pending = new ArrayList<>();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Asset asset : assets) {
                pending.add(workers.submit(() -> render(asset)));
            }
            for (Future<RenderResult> f : pending) {
                RenderResult r = f.get();
                if (r.skipped()) {
                    skipped++;
                }
                generated += r.thumbnails(); // OK: counters are only touched by the coordinating thread; workers hand results back through Future.get()
            }
        }
        System.out.printf("thumbnail job finished: %d thumbnails, %d assets skipped%n", generated, skipped);
    }

    private RenderResult render(Asset asset) {
        if (!asset.mimeType().startsWith("image/")) {
            return new RenderResult(asset.id(), 0, true);
        }
        int count = 0;
        for (int width : TARGET_WIDTHS) {
            if (width < asset.width()) {
                int height = Math.max(1, asset.height() * width / asset.width());
                storeThumbnail(asset.id(), width, height);
                count++;
            }
        }
        return new RenderResult(asset.id(), count, false);
    }

    private void storeThumbnail(String assetId, int width, int height) {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws Exception {
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String mime = i % 17 == 0 ? "video/mp4" : "image/jpeg";
            assets.add(new Asset("A-" + i, 400 + (i % 8) * 300, 300 + (i % 5) * 200, mime));
        }
        new MediaThumbnailJob().run(assets);
    }
}
