// EXPECT: unsafe-publication-double-checked-locking-this-escape @ line 46
package probe12a; import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Lazily builds the message serializer used by all producer threads of a
 * client. {@link #serializer()} is called concurrently from the producer pool.
 */
public class SerializerProvider {

    static final class MessageSerializer {
        private Charset charset;
        private int maxMessageBytes;
        private String contentType;

        MessageSerializer(String charsetName, int maxMessageBytes, String contentType) {
            this.charset = Charset.forName(charsetName);
            this.maxMessageBytes = maxMessageBytes;
            this.contentType = contentType;
        }

        byte[] serialize(String body) {
            byte[] bytes = body.getBytes(charset);
            if (bytes.length > maxMessageBytes) {
                throw new IllegalArgumentException("message exceeds " + maxMessageBytes + " bytes");
            }
            return bytes;
        }

        String contentType() {
            return contentType;
        }
    }

    private final Map<String, String> config;
    private MessageSerializer serializer;

    public SerializerProvider(Map<String, String> config) {
        this.config = Map.copyOf(config);
    }

    public MessageSerializer serializer() {
        if (serializer == null) { // BUG: double-checked locking on a non-volatile field; another thread may see a partially constructed serializer
            synchronized (this) {
                if (serializer == null) {
                    serializer = new MessageSerializer(
                            config.getOrDefault("charset", "UTF-8"),
                            Integer.parseInt(config.getOrDefault("max.message.bytes", "1048576")),
                            config.getOrDefault("content.type", "text/plain"));
                }
            }
        }
        return serializer;
    }

    public static void main(String[] args) throws Exception {
        SerializerProvider provider = new SerializerProvider(Map.of("charset", "UTF-8"));
        ExecutorService producers = Executors.newFixedThreadPool(4);
        for (int p = 0; p < 4; p++) {
            int producerId = p;
            producers.execute(() -> {
                MessageSerializer s = provider.serializer();
                byte[] payload = s.serialize("event from producer " + producerId);
                System.out.println(s.contentType() + " " + payload.length + " bytes");
            });
        }
        producers.shutdown();
        producers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
