// EXPECT: none
package probe.races;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Submits per-tenant partition exports and computes the list of partitions needing review. */
// OK: job parameters are fully built and frozen with Map.copyOf before submission (the builder map is only touched by the caller afterwards); the parallel stream uses collect instead of a shared list
public class PartitionExportRunner {
    private final ExecutorService exporters = Executors.newFixedThreadPool(3);

    public Future<String> submitExport(String tenant, List<String> partitions) {
        Map<String, String> params = new HashMap<>();
        params.put("tenant", tenant);
        params.put("format", "parquet");
        for (String p : partitions) {
            params.put("partition." + p, "include");
        }
        Map<String, String> frozen = Map.copyOf(params);
        Future<String> result = exporters.submit(() -> manifest(frozen));
        params.clear();
        return result;
    }

    static String manifest(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    public List<String> oversizedPartitions(Map<String, Long> sizeByPartition, long limitBytes) {
        return sizeByPartition.entrySet().parallelStream()
                .filter(e -> e.getValue() > limitBytes)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    public void shutdown() {
        exporters.shutdown();
    }

    public static void main(String[] args) throws Exception {
        PartitionExportRunner runner = new PartitionExportRunner();
        List<String> partitions = new ArrayList<>();
        Map<String, Long> sizes = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            partitions.add("dt=2024-06-" + (i % 30 + 1) + "/part-" + i);
            sizes.put("part-" + i, i * 4_000_000L);
        }
        List<Future<String>> jobs = new ArrayList<>();
        for (String tenant : List.of("acme", "globex", "initech")) {
            jobs.add(runner.submitExport(tenant, partitions));
        }
        for (Future<String> job : jobs) {
            System.out.println("manifest lines: " + job.get().lines().count());
        }
        System.out.println("oversized: " + runner.oversizedPartitions(sizes, 1_000_000_000L).size());
        runner.shutdown();
    }
}
