// EXPECT: class-init-deadlock @ line 16
package probe11c; import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Wire codecs for the message bus. Producers look a codec up by content type,
 * while some consumer plugins instantiate a concrete codec directly. Both happen
 * on bus worker threads while the bus is starting.
 */
public abstract class MessageCodec {

    public static final MessageCodec DEFAULT = new Json(); // BUG: superclass static initializer instantiates a subclass; a thread initializing Json (which first needs MessageCodec) and a thread initializing MessageCodec (which needs Json) wait on each other forever

    public static MessageCodec forContentType(String contentType) {
        switch (contentType) {
            case "application/json":
                return DEFAULT;
            case "text/plain":
                return new PlainText();
            default:
                throw new IllegalArgumentException("no codec for " + contentType);
        }
    }

    public abstract String contentType();

    public abstract byte[] encode(Map<String, String> fields);

    public static final class Json extends MessageCodec {
        @Override
        public String contentType() {
            return "application/json";
        }

        @Override
        public byte[] encode(Map<String, String> fields) {
            StringBuilder sb = new StringBuilder("{");
            fields.forEach((k, v) -> {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                sb.append('"').append(k).append("\":\"").append(v).append('"');
            });
            return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    public static final class PlainText extends MessageCodec {
        @Override
        public String contentType() {
            return "text/plain";
        }

        @Override
        public byte[] encode(Map<String, String> fields) {
            StringBuilder sb = new StringBuilder();
            fields.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Bus bootstrap; kept in a nested class so launching it does not initialize MessageCodec. */
    public static final class BusStartup {
        public static void main(String[] args) throws Exception {
            Map<String, String> event = new LinkedHashMap<>();
            event.put("type", "order.created");
            event.put("id", "42");

            ExecutorService busWorkers = Executors.newFixedThreadPool(2);
            Future<byte[]> producer = busWorkers.submit(
                    () -> MessageCodec.forContentType("application/json").encode(event));
            Future<byte[]> auditPlugin = busWorkers.submit(
                    () -> new MessageCodec.Json().encode(event));

            System.out.println(new String(producer.get(), StandardCharsets.UTF_8));
            System.out.println(new String(auditPlugin.get(), StandardCharsets.UTF_8));
            busWorkers.shutdown();
        }
    }
}
