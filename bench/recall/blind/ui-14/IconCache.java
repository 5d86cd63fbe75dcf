// EXPECT: unsafe-publication-double-checked-locking-this-escape @ line 34
package probe14b; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Process-wide cache of decoded toolbar and file-type icons.
 *
 * Used from the UI dispatch thread while painting toolbars and from the thumbnail
 * workers, which stamp file-type badges onto previews. The first caller may be
 * either of them.
 */
public final class IconCache {

    private static final Object INIT_LOCK = new Object();
    private static IconCache instance;

    private Map<String, int[]> decoded;
    private String theme;
    private int iconSize;

    private IconCache() {
        theme = System.getProperty("app.iconTheme", "light");
        iconSize = Integer.getInteger("app.iconSize", 16);
        decoded = new ConcurrentHashMap<>();
        for (String builtin : new String[] {"folder", "file", "image", "warning"}) {
            decoded.put(builtin, decode(builtin));
        }
    }

    public static IconCache getInstance() {
        if (instance == null) { // BUG: double-checked locking on a non-volatile field; another thread can see a partially constructed cache (e.g. null map)
            synchronized (INIT_LOCK) {
                if (instance == null) {
                    instance = new IconCache();
                }
            }
        }
        return instance;
    }

    public int[] icon(String name) {
        return decoded.computeIfAbsent(name, this::decode);
    }

    public String theme() {
        return theme;
    }

    private int[] decode(String name) {
        int[] argb = new int[iconSize * iconSize];
        int seed = name.hashCode() ^ theme.hashCode();
        for (int i = 0; i < argb.length; i++) {
            seed = seed * 1103515245 + 12345;
            argb[i] = 0xFF000000 | (seed >>> 8);
        }
        return argb;
    }

    static int[] stampBadge(int[] thumbnail, int[] badge) {
        int[] out = thumbnail.clone();
        System.arraycopy(badge, 0, out, 0, Math.min(badge.length, out.length));
        return out;
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService dispatchThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui-dispatch"));
        ExecutorService thumbnailPool = Executors.newFixedThreadPool(3, r -> new Thread(r, "thumbnail-worker"));

        dispatchThread.execute(() -> {
            int[] folder = IconCache.getInstance().icon("folder");
            System.out.println("toolbar painted with " + folder.length + " px folder icon");
        });
        for (int i = 0; i < 12; i++) {
            final int photo = i;
            thumbnailPool.execute(() -> {
                int[] thumb = new int[64 * 64];
                int[] badged = stampBadge(thumb, IconCache.getInstance().icon("image"));
                int[] result = badged;
                dispatchThread.execute(() -> System.out.println("thumbnail " + photo + " ready: " + result.length));
            });
        }
        thumbnailPool.shutdown();
        thumbnailPool.awaitTermination(1, TimeUnit.MINUTES);
        dispatchThread.shutdown();
    }
}
