// EXPECT: none
package probe14b; import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Process-wide registry of font metrics used for text layout.
 *
 * Used from the UI dispatch thread while painting and from the layout workers,
 * which pre-compute line breaks for long documents in the background. The first
 * caller may be either of them.
 */
public final class FontRegistry {

    private static final Object INIT_LOCK = new Object();
    private static volatile FontRegistry instance;

    private Map<String, float[]> advances;
    private String defaultFamily;
    private float defaultSize;

    private FontRegistry() {
        defaultFamily = System.getProperty("app.font", "Inter");
        defaultSize = Float.parseFloat(System.getProperty("app.fontSize", "13"));
        advances = new ConcurrentHashMap<>();
        for (String family : new String[] {defaultFamily, "Monospace", "Serif"}) {
            advances.put(family, measure(family));
        }
    }

    public static FontRegistry getInstance() {
        FontRegistry result = instance;
        if (result == null) { // OK: instance is volatile, so this unlocked read sees either null or a fully constructed registry
            synchronized (INIT_LOCK) {
                result = instance;
                if (result == null) {
                    result = new FontRegistry();
                    instance = result;
                }
            }
        }
        return result;
    }

    public float[] advances(String family) {
        return advances.computeIfAbsent(family, this::measure);
    }

    public String defaultFamily() {
        return defaultFamily;
    }

    private float[] measure(String family) {
        float[] widths = new float[128];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = defaultSize * (0.45f + ((c * 31 + family.length()) % 17) / 40f);
        }
        return widths;
    }

    static int countLines(String text, float[] widths, float maxWidth) {
        int lines = 1;
        float x = 0;
        for (char ch : text.toCharArray()) {
            x += widths[ch & 0x7F];
            if (x > maxWidth) {
                lines++;
                x = 0;
            }
        }
        return lines;
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService dispatchThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui-dispatch"));
        ExecutorService layoutPool = Executors.newFixedThreadPool(3, r -> new Thread(r, "layout-worker"));

        dispatchThread.execute(() -> {
            FontRegistry fonts = FontRegistry.getInstance();
            System.out.println("title bar uses " + fonts.defaultFamily());
        });
        for (int i = 0; i < 12; i++) {
            final int paragraph = i;
            layoutPool.execute(() -> {
                float[] widths = FontRegistry.getInstance().advances("Serif");
                int lines = countLines("Lorem ipsum dolor sit amet ".repeat(paragraph + 1), widths, 400f);
                dispatchThread.execute(() -> System.out.println("paragraph " + paragraph + ": " + lines + " lines"));
            });
        }
        layoutPool.shutdown();
        layoutPool.awaitTermination(1, TimeUnit.MINUTES);
        dispatchThread.shutdown();
    }
}
