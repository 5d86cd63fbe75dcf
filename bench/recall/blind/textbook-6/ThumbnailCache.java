// EXPECT: none
package probe6c;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;

/**
 * Image thumbnail cache for a photo gallery. Request threads fetch a thumbnail, creating
 * a placeholder entry on first access.
 */
public class ThumbnailCache {
    static final class Thumbnail {
        final String path;
        final int width;
        final int height;

        Thumbnail(String path, int width, int height) {
            this.path = path;
            this.width = width;
            this.height = height;
        }
    }

    private final ConcurrentMap<String, Thumbnail> cache = new ConcurrentHashMap<>();

    public Thumbnail thumbnailFor(String path) {
        Thumbnail fresh = new Thumbnail(path, 128, 128);
        Thumbnail existing = cache.putIfAbsent(path, fresh); // OK: ConcurrentHashMap.putIfAbsent is an atomic check-then-act
        return existing != null ? existing : fresh;
    }

    public int size() {
        return cache.size();
    }

    public static void main(String[] args) throws InterruptedException {
        ThumbnailCache cache = new ThumbnailCache();
        CountDownLatch go = new CountDownLatch(1);
        Thread[] requests = new Thread[6];
        for (int i = 0; i < requests.length; i++) {
            final String path = "/photos/img" + (i % 2) + ".jpg";
            requests[i] = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                Thumbnail t = cache.thumbnailFor(path);
                System.out.println(Thread.currentThread().getName() + " got " + t.path + " " + System.identityHashCode(t));
            }, "http-request-" + i);
            requests[i].start();
        }
        go.countDown();
        for (Thread t : requests) {
            t.join();
        }
        System.out.println("cached thumbnails: " + cache.size());
    }
}
