// EXPECT: none
package probe5.batch;

// OK: the parallel streams use only stateless lambdas and thread-safe terminal operations (collect, groupingByConcurrent, reduce); no shared mutable state is touched from the lambdas
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds latency histograms for a batch of request log entries using parallel
 * streams: bucket counts per endpoint, the list of slow requests and the total
 * latency.
 */
public class ParallelStreamHistogram {

    /** One parsed access-log record. */
    public record Request(String endpoint, int latencyMillis) {}

    private static final int BUCKET_WIDTH = 50;

    public Map<Integer, Long> bucketCounts(List<Request> requests) {
        return requests.parallelStream()
                .collect(Collectors.groupingByConcurrent(
                        r -> r.latencyMillis() / BUCKET_WIDTH, Collectors.counting()));
    }

    public List<Request> slowRequests(List<Request> requests, int thresholdMillis) {
        return requests.parallelStream()
                .filter(r -> r.latencyMillis() > thresholdMillis)
                .collect(Collectors.toList());
    }

    public long totalLatency(List<Request> requests) {
        return requests.parallelStream()
                .mapToLong(Request::latencyMillis)
                .reduce(0L, Long::sum);
    }

    public static void main(String[] args) {
        List<Request> log = new ArrayList<>();
        String[] endpoints = {"/orders", "/cart", "/search", "/login"};
        for (int i = 0; i < 200_000; i++) {
            log.add(new Request(endpoints[i % endpoints.length], (i * 7919) % 1_000));
        }
        ParallelStreamHistogram histogram = new ParallelStreamHistogram();
        System.out.println("buckets: " + histogram.bucketCounts(log).size());
        System.out.println("slow: " + histogram.slowRequests(log, 900).size());
        System.out.println("total latency: " + histogram.totalLatency(log));
    }
}
