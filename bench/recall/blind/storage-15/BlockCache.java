// EXPECT: iteration-while-modified @ line 39
package probe15a; import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// LRU cache of decompressed data blocks shared by all reader threads. A
// metrics reporter periodically samples the resident size.
public class BlockCache {
    private final int capacityBlocks;
    private final LinkedHashMap<Long, byte[]> blocks; // guarded by this

    public BlockCache(int capacityBlocks) {
        this.capacityBlocks = capacityBlocks;
        this.blocks = new LinkedHashMap<>(capacityBlocks, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
                return size() > BlockCache.this.capacityBlocks;
            }
        };
    }

    public synchronized byte[] get(long blockId) {
        return blocks.get(blockId);
    }

    public synchronized void put(long blockId, byte[] data) {
        blocks.put(blockId, data);
    }

    public synchronized byte[] getOrLoad(long blockId) {
        return blocks.computeIfAbsent(blockId, this::loadBlock);
    }

    public long residentBytes() {
        long total = 0;
        for (byte[] block : blocks.values()) { // BUG: iterates access-ordered LinkedHashMap without the lock while readers mutate it
            total += block.length;
        }
        return total;
    }

    private byte[] loadBlock(long blockId) {
        return new byte[4096 + (int) (blockId % 512)];
    }

    public static void main(String[] args) throws Exception {
        BlockCache cache = new BlockCache(256);
        ScheduledExecutorService metrics = Executors.newSingleThreadScheduledExecutor();
        metrics.scheduleAtFixedRate(
                () -> System.out.println("block cache bytes=" + cache.residentBytes()),
                0, 10, TimeUnit.MILLISECONDS);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        for (int r = 0; r < 4; r++) {
            final int seed = r;
            readers.submit(() -> {
                for (int i = 0; i < 200_000; i++) {
                    cache.getOrLoad((i * 31L + seed) % 1024);
                }
            });
        }
        readers.shutdown();
        readers.awaitTermination(30, TimeUnit.SECONDS);
        metrics.shutdown();
    }
}
