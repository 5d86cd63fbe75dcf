// EXPECT: none
package probe16c; import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Process-wide file-extension to MIME type table used by the static file handler.
 * Plugins add their own mappings from init(), which the plugin host runs in
 * parallel, while request threads are already serving files.
 */
public final class MimeTypeDefaults {
    private static final Map<String, String> MAPPINGS = new HashMap<>();

    static {
        MAPPINGS.put("html", "text/html");
        MAPPINGS.put("css", "text/css");
        MAPPINGS.put("js", "text/javascript");
        MAPPINGS.put("json", "application/json");
        MAPPINGS.put("png", "image/png");
    }

    private MimeTypeDefaults() {
    }

    public static synchronized void register(String extension, String mimeType) {
        MAPPINGS.put(extension.toLowerCase(Locale.ROOT), mimeType); // OK: every access to MAPPINGS after class init is in a static synchronized method
    }

    public static synchronized String lookup(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return "application/octet-stream";
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return MAPPINGS.getOrDefault(ext, "application/octet-stream");
    }

    public static synchronized int size() {
        return MAPPINGS.size();
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService pluginStartup = Executors.newFixedThreadPool(4);
        List<Runnable> pluginInits = List.of(
                () -> register("wasm", "application/wasm"),
                () -> register("webp", "image/webp"),
                () -> register("yaml", "application/yaml"));
        for (Runnable init : pluginInits) {
            pluginStartup.submit(init);
        }
        ExecutorService requestThreads = Executors.newFixedThreadPool(4);
        for (String f : List.of("index.html", "app.wasm", "logo.webp", "data.bin")) {
            requestThreads.submit(() -> System.out.println(f + " -> " + lookup(f)));
        }
        pluginStartup.shutdown();
        requestThreads.shutdown();
        pluginStartup.awaitTermination(10, TimeUnit.SECONDS);
        requestThreads.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println(size() + " mappings");
    }
}
