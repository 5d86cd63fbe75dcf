// EXPECT: none
package probe2.races;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

// OK: counters are LongAdder/AtomicLong and per-key updates use atomic ConcurrentHashMap.merge()/compute()
public class RequestStatsCollector {
    private final LongAdder totalRequests = new LongAdder();
    private final AtomicLong maxLatencyMicros = new AtomicLong();
    private final ConcurrentHashMap<String, Long> hitsByEndpoint = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, long[]> latencyByStatus = new ConcurrentHashMap<>();

    public void onRequest(String endpoint, int status, long latencyMicros) {
        totalRequests.increment();
        maxLatencyMicros.accumulateAndGet(latencyMicros, Math::max);
        hitsByEndpoint.merge(endpoint, 1L, Long::sum);
        latencyByStatus.compute(status, (code, agg) -> {
            long[] next = agg == null ? new long[2] : agg.clone();
            next[0]++;
            next[1] += latencyMicros;
            return next;
        });
    }

    public long total() {
        return totalRequests.sum();
    }

    public long maxLatency() {
        return maxLatencyMicros.get();
    }

    public long hits(String endpoint) {
        return hitsByEndpoint.getOrDefault(endpoint, 0L);
    }

    public Map<Integer, Long> averageLatencyByStatus() {
        Map<Integer, Long> out = new TreeMap<>();
        latencyByStatus.forEach((code, agg) -> out.put(code, agg[0] == 0 ? 0 : agg[1] / agg[0]));
        return out;
    }

    public static void main(String[] args) throws InterruptedException {
        RequestStatsCollector stats = new RequestStatsCollector();
        ExecutorService requestThreads = Executors.newFixedThreadPool(12);
        String[] endpoints = {"/login", "/cart", "/search", "/checkout"};
        for (int i = 0; i < 20_000; i++) {
            String ep = endpoints[i % endpoints.length];
            int status = i % 50 == 0 ? 500 : 200;
            long latency = 200 + (i * 31L) % 5_000;
            requestThreads.execute(() -> stats.onRequest(ep, status, latency));
        }
        requestThreads.shutdown();
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("total=" + stats.total() + " /cart=" + stats.hits("/cart")
                + " max=" + stats.maxLatency() + " avg=" + stats.averageLatencyByStatus());
    }
}
