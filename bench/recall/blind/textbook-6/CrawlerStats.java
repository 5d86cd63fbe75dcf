// EXPECT: lost-update @ line 26
package probe6c;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A toy web crawler: a fixed pool "fetches" pages and accumulates the number of bytes
 * downloaded into a shared counter.
 */
public class CrawlerStats {
    private volatile long bytesFetched;
    private final ExecutorService fetchers = Executors.newFixedThreadPool(4);

    private String fakeFetch(String url) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < url.length() * 50; i++) {
            sb.append((char) ('a' + (i % 26)));
        }
        return sb.toString();
    }

    private void recordPage(String body) {
        bytesFetched = bytesFetched + body.length(); // BUG: non-atomic read-modify-write of shared field from pool tasks (volatile does not help)
    }

    public void crawl(List<String> urls) throws InterruptedException {
        for (String url : urls) {
            fetchers.submit(() -> {
                String body = fakeFetch(url);
                recordPage(body);
            });
        }
        fetchers.shutdown();
        fetchers.awaitTermination(10, TimeUnit.SECONDS);
    }

    public long bytesFetched() {
        return bytesFetched;
    }

    public static void main(String[] args) throws InterruptedException {
        CrawlerStats stats = new CrawlerStats();
        List<String> seeds = List.of(
                "https://example.org/", "https://example.org/about",
                "https://example.org/blog", "https://example.org/blog/1",
                "https://example.org/blog/2", "https://example.org/contact");
        stats.crawl(seeds);
        System.out.println("bytes fetched: " + stats.bytesFetched());
    }
}
