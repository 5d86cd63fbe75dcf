// EXPECT: none
package probe12c; import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lazily built walkability grid shared by the NPC pathfinding workers. The
 * workers call NavMeshCache.get() concurrently on their first path request.
 */
public class NavMeshCache {

    static class NavGrid {
        int cols;
        int rows;
        boolean[] walkable;

        NavGrid(int cols, int rows) {
            this.cols = cols;
            this.rows = rows;
            this.walkable = new boolean[cols * rows];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    walkable[r * cols + c] = ((c * 7 + r * 13) % 11) != 0;
                }
            }
        }

        boolean isWalkable(int c, int r) {
            return walkable[r * cols + c];
        }
    }

    private static volatile NavGrid cached; // OK: volatile write/read gives happens-before, so double-checked locking publishes a fully built NavGrid
    private static final Object LOCK = new Object();

    public static NavGrid get() {
        NavGrid grid = cached;
        if (grid == null) {
            synchronized (LOCK) {
                grid = cached;
                if (grid == null) {
                    grid = new NavGrid(256, 256);
                    cached = grid;
                }
            }
        }
        return grid;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pathWorkers = Executors.newFixedThreadPool(6);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int npc = 0; npc < 32; npc++) {
            final int c = (npc * 29) % 256;
            final int r = (npc * 53) % 256;
            results.add(pathWorkers.submit(() -> get().isWalkable(c, r)));
        }
        int walkable = 0;
        for (Future<Boolean> f : results) {
            if (f.get()) {
                walkable++;
            }
        }
        pathWorkers.shutdown();
        System.out.println("walkable spawn points " + walkable);
    }
}
