// EXPECT: check-then-act-atomic-reference @ line 15
package probe.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** Single-holder lease deciding which scheduler node runs the nightly compaction job. */
public class CompactionLeaderLease {
    private final AtomicReference<String> holder = new AtomicReference<>();

    public boolean tryAcquire(String nodeId) {
        if (holder.get() == null) {
            holder.set(nodeId); // BUG: get-then-set on AtomicReference is not atomic; two nodes can both believe they hold the lease
            return true;
        }
        return nodeId.equals(holder.get());
    }

    public void release(String nodeId) {
        holder.compareAndSet(nodeId, null);
    }

    public String currentHolder() {
        return holder.get();
    }

    static String runCompactionIfLeader(CompactionLeaderLease lease, String nodeId) {
        if (!lease.tryAcquire(nodeId)) {
            return nodeId + ": standby";
        }
        try {
            return nodeId + ": compacted segments";
        } finally {
            lease.release(nodeId);
        }
    }

    public static void main(String[] args) {
        CompactionLeaderLease lease = new CompactionLeaderLease();
        List<CompletableFuture<String>> nodes = new ArrayList<>();
        for (String node : List.of("sched-a", "sched-b", "sched-c", "sched-d")) {
            nodes.add(CompletableFuture.supplyAsync(() -> runCompactionIfLeader(lease, node)));
        }
        long leaders = nodes.stream()
                .map(CompletableFuture::join)
                .peek(System.out::println)
                .filter(s -> s.endsWith("compacted segments"))
                .count();
        System.out.println(leaders + " node(s) ran compaction");
    }
}
