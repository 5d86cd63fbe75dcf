// EXPECT: none
package probe6c;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Crawler statistics: pool tasks add the size of each fetched page to a shared total.
 */
public class CrawlerByteCounter {
    private final AtomicLong bytesFetched = new AtomicLong();
    private final ExecutorService fetchers = Executors.newFixedThreadPool(4);

    private String fakeFetch(String url) {
        return url.repeat(40);
    }

    private void recordPage(String body) {
        bytesFetched.addAndGet(body.length()); // OK: AtomicLong.addAndGet is an atomic read-modify-write
    }

    public void crawl(List<String> urls) throws InterruptedException {
        for (String url : urls) {
            fetchers.submit(() -> recordPage(fakeFetch(url)));
        }
        fetchers.shutdown();
        fetchers.awaitTermination(10, TimeUnit.SECONDS);
    }

    public long bytesFetched() {
        return bytesFetched.get();
    }

    public static void main(String[] args) throws InterruptedException {
        CrawlerByteCounter counter = new CrawlerByteCounter();
        counter.crawl(List.of(
                "https://news.example/", "https://news.example/world",
                "https://news.example/tech", "https://news.example/sport",
                "https://news.example/tech/42", "https://news.example/world/7"));
        System.out.println("bytes fetched: " + counter.bytesFetched());
    }
}
