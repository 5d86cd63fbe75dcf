// EXPECT: double-checked-locking @ line 34
package probe8b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Process-wide registry of payload codecs, created lazily on first use.
 * Looked up concurrently by HTTP request handler threads.
 */
public class CodecRegistry {
    public record Codec(String mimeType, String name, int priority) {}

    private static CodecRegistry instance;

    private Map<String, Codec> byMime;
    private Codec fallback;

    private CodecRegistry() {
        byMime = new HashMap<>();
        register(new Codec("application/json", "jackson", 10));
        register(new Codec("application/x-protobuf", "protobuf", 20));
        register(new Codec("application/cbor", "cbor", 5));
        fallback = new Codec("application/octet-stream", "raw", 0);
    }

    private void register(Codec codec) {
        byMime.merge(codec.mimeType(), codec,
                (a, b) -> a.priority() >= b.priority() ? a : b);
    }

    public static CodecRegistry getInstance() {
        if (instance == null) { // BUG: double-checked locking on a non-volatile field; other threads can see a non-null instance whose byMime/fallback are not yet visible
            synchronized (CodecRegistry.class) {
                if (instance == null) {
                    instance = new CodecRegistry();
                }
            }
        }
        return instance;
    }

    public Codec lookup(String contentType) {
        if (contentType == null) {
            return fallback;
        }
        int semi = contentType.indexOf(';');
        String mime = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
        return byMime.getOrDefault(mime, fallback);
    }

    public static void main(String[] args) throws InterruptedException {
        String[] types = {"application/json", "application/cbor; v=2", "text/plain", null};
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            final String type = types[i % types.length];
            handlers.execute(() -> {
                Codec c = CodecRegistry.getInstance().lookup(type);
                if (c == null) {
                    throw new IllegalStateException("no codec for " + type);
                }
            });
        }
        handlers.shutdown();
        handlers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
