// EXPECT: none
package probe2.dl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;

// OK: every CompletableFuture chain ends in exceptionally()/handle() that records the failure, bestBid() joins all of them, and the fire-and-forget chain in publishAsync() cannot lose an exception because handle() is terminal; the pool is shut down and awaited in close()
public class FxQuoteAggregator implements AutoCloseable {
    public interface QuoteSource {
        String name();

        double bid(String pair) throws IOException;
    }

    private final List<QuoteSource> sources;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final AtomicInteger sourceFailures = new AtomicInteger();
    private final AtomicInteger publishFailures = new AtomicInteger();

    public FxQuoteAggregator(List<QuoteSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public OptionalDouble bestBid(String pair) {
        List<CompletableFuture<Double>> quotes = new ArrayList<>();
        for (QuoteSource s : sources) {
            quotes.add(CompletableFuture.supplyAsync(() -> fetch(s, pair), pool)
                    .orTimeout(500, TimeUnit.MILLISECONDS)
                    .exceptionally(ex -> {
                        sourceFailures.incrementAndGet();
                        return Double.NaN;
                    }));
        }
        CompletableFuture.allOf(quotes.toArray(new CompletableFuture<?>[0])).join();
        return quotes.stream().mapToDouble(CompletableFuture::join).filter(d -> !Double.isNaN(d)).max();
    }

    public void publishAsync(String pair, DoubleConsumer sink) {
        QuoteSource primary = sources.get(0);
        CompletableFuture.supplyAsync(() -> fetch(primary, pair), pool)
                .thenAccept(sink::accept)
                .handle((ignored, ex) -> {
                    if (ex != null) {
                        publishFailures.incrementAndGet();
                        System.err.println("publish " + pair + " failed: " + ex);
                    }
                    return null;
                });
    }

    private static double fetch(QuoteSource source, String pair) {
        try {
            return source.bid(pair);
        } catch (IOException e) {
            throw new UncheckedIOException(source.name() + " unavailable", e);
        }
    }

    public int sourceFailures() {
        return sourceFailures.get();
    }

    public int publishFailures() {
        return publishFailures.get();
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}
