// EXPECT: none
package probe3.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Upload service hands freshly received images to the thumbnail worker.
 * The worker fills in the rendered sizes on the job object it received.
 */
// OK: a new RenderJob is built per iteration and the producer never touches it after put(); the queue hand-off gives the consumer exclusive ownership
public class ThumbnailJobDispatcher {

    static final class RenderJob {
        final String imageId;
        final List<Integer> requestedWidths;
        final List<String> renderedKeys = new ArrayList<>();
        boolean done;

        RenderJob(String imageId, List<Integer> requestedWidths) {
            this.imageId = imageId;
            this.requestedWidths = requestedWidths;
        }
    }

    private static final RenderJob SHUTDOWN = new RenderJob("<shutdown>", List.of());

    private final BlockingQueue<RenderJob> jobs = new LinkedBlockingQueue<>(256);
    private final AtomicInteger rendered = new AtomicInteger();

    void acceptUploads(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            List<Integer> widths = new ArrayList<>();
            widths.add(128);
            widths.add(i % 2 == 0 ? 512 : 1024);
            RenderJob job = new RenderJob("img-" + i, widths);
            jobs.put(job);
        }
        jobs.put(SHUTDOWN);
    }

    void renderLoop() throws InterruptedException {
        for (RenderJob job = jobs.take(); job != SHUTDOWN; job = jobs.take()) {
            for (int w : job.requestedWidths) {
                job.renderedKeys.add(job.imageId + "_" + w + ".webp");
            }
            job.requestedWidths.clear();
            job.done = true;
            rendered.addAndGet(job.renderedKeys.size());
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ThumbnailJobDispatcher dispatcher = new ThumbnailJobDispatcher();
        Thread worker = new Thread(() -> {
            try {
                dispatcher.renderLoop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "thumbnail-worker");
        worker.start();
        dispatcher.acceptUploads(5_000);
        worker.join();
        System.out.println("rendered=" + dispatcher.rendered.get());
    }
}
