// EXPECT: none
package probe8b; import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lazily built catalog of message serializers shared by all RPC worker threads.
 */
public class SerializerCatalog {
    public record Serializer(String format, String impl, boolean compressed) {}

    private static volatile SerializerCatalog instance;

    private Map<String, Serializer> byFormat;
    private Serializer defaultSerializer;

    private SerializerCatalog() {
        byFormat = new HashMap<>();
        add(new Serializer("avro", "avro-binary", false));
        add(new Serializer("thrift", "thrift-compact", false));
        add(new Serializer("json.gz", "json-gzip", true));
        defaultSerializer = new Serializer("json", "json-plain", false);
        add(defaultSerializer);
    }

    private void add(Serializer s) {
        byFormat.put(s.format(), s);
    }

    public static SerializerCatalog get() {
        SerializerCatalog local = instance;
        if (local == null) { // OK: instance is volatile, so the unlocked fast-path read sees a fully constructed catalog
            synchronized (SerializerCatalog.class) {
                local = instance;
                if (local == null) {
                    local = new SerializerCatalog();
                    instance = local;
                }
            }
        }
        return local;
    }

    public Serializer forFormat(String format) {
        if (format == null || format.isEmpty()) {
            return defaultSerializer;
        }
        return byFormat.getOrDefault(format.toLowerCase(), defaultSerializer);
    }

    public static void main(String[] args) throws InterruptedException {
        String[] formats = {"avro", "THRIFT", "json.gz", "", "yaml"};
        ExecutorService rpcWorkers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            final String fmt = formats[i % formats.length];
            rpcWorkers.execute(() -> {
                Serializer s = SerializerCatalog.get().forFormat(fmt);
                if (s == null) {
                    throw new IllegalStateException("no serializer for " + fmt);
                }
            });
        }
        rpcWorkers.shutdown();
        rpcWorkers.awaitTermination(5, TimeUnit.SECONDS);
    }
}
