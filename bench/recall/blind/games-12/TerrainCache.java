// EXPECT: unsafe-publication-double-checked-locking-this-escape @ line 35
package probe12c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lazily built height-map index shared by every zone simulation. Zone loader
 * threads call TerrainCache.get() concurrently while the server boots.
 */
public class TerrainCache {

    static class TerrainIndex {
        int width;
        int depth;
        float[] heights;

        TerrainIndex(int width, int depth) {
            this.width = width;
            this.depth = depth;
            this.heights = new float[width * depth];
            for (int z = 0; z < depth; z++) {
                for (int x = 0; x < width; x++) {
                    heights[z * width + x] = (float) (Math.sin(x * 0.05) * Math.cos(z * 0.05) * 40.0);
                }
            }
        }

        float heightAt(int x, int z) {
            return heights[z * width + x];
        }
    }

    private static TerrainIndex cached; // BUG: non-volatile field used in double-checked locking; readers may see a partially constructed TerrainIndex
    private static final Object LOCK = new Object();

    public static TerrainIndex get() {
        if (cached == null) {
            synchronized (LOCK) {
                if (cached == null) {
                    cached = new TerrainIndex(512, 512);
                }
            }
        }
        return cached;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService zoneLoaders = Executors.newFixedThreadPool(6);
        List<Future<Float>> results = new ArrayList<>();
        for (int zone = 0; zone < 24; zone++) {
            final int zx = (zone * 37) % 512;
            final int zz = (zone * 91) % 512;
            results.add(zoneLoaders.submit(() -> get().heightAt(zx, zz)));
        }
        float sum = 0;
        for (Future<Float> f : results) {
            sum += f.get();
        }
        zoneLoaders.shutdown();
        System.out.println("spawn height checksum " + sum);
    }
}
