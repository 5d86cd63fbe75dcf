// EXPECT: none
package probe12a; import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Holds the codec used by consumer threads to decode message bodies. The codec
 * is created on first use; {@link #codec()} is called concurrently by the
 * consumer pool.
 */
public class CodecRegistry {

    static final class MessageCodec {
        private Charset charset;
        private int maxFrameBytes;

        MessageCodec(String charsetName, int maxFrameBytes) {
            this.charset = Charset.forName(charsetName);
            this.maxFrameBytes = maxFrameBytes;
        }

        String decode(byte[] frame) {
            if (frame.length > maxFrameBytes) {
                throw new IllegalArgumentException("frame too large: " + frame.length);
            }
            return new String(frame, charset);
        }
    }

    private final Map<String, String> settings;
    private volatile MessageCodec codec;

    public CodecRegistry(Map<String, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    public MessageCodec codec() {
        MessageCodec result = codec;
        if (result == null) { // OK: field is volatile, so the codec's construction happens-before any read that sees the reference
            synchronized (this) {
                result = codec;
                if (result == null) {
                    result = new MessageCodec(
                            settings.getOrDefault("charset", "UTF-8"),
                            Integer.parseInt(settings.getOrDefault("max.frame.bytes", "65536")));
                    codec = result;
                }
            }
        }
        return result;
    }

    public static void main(String[] args) throws Exception {
        CodecRegistry registry = new CodecRegistry(Map.of("max.frame.bytes", "4096"));
        ExecutorService consumers = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            int consumerId = c;
            consumers.execute(() -> {
                String body = registry.codec().decode(("delivery-" + consumerId).getBytes());
                System.out.println("consumer " + consumerId + " decoded " + body);
            });
        }
        consumers.shutdown();
        consumers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
