// EXPECT: none
package probe11c; import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Payload codecs for the webhook dispatcher. Dispatchers look a codec up by
 * content type, while some integrations instantiate a concrete codec directly.
 * Both happen on dispatcher threads while the service is starting.
 */
public abstract class PayloadCodec {

    /** Shared instances live in a holder that is not part of the PayloadCodec hierarchy. */
    static final class Defaults {
        static final PayloadCodec JSON = new Json(); // OK: Defaults is not a superclass of Json and PayloadCodec's own initializer never touches Defaults or a subclass, so the class-init order is acyclic

        private Defaults() {
        }
    }

    public static PayloadCodec forContentType(String contentType) {
        switch (contentType) {
            case "application/json":
                return Defaults.JSON;
            case "application/x-www-form-urlencoded":
                return new Form();
            default:
                throw new IllegalArgumentException("no codec for " + contentType);
        }
    }

    public abstract String contentType();

    public abstract byte[] encode(Map<String, String> fields);

    public static final class Json extends PayloadCodec {
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

    public static final class Form extends PayloadCodec {
        @Override
        public String contentType() {
            return "application/x-www-form-urlencoded";
        }

        @Override
        public byte[] encode(Map<String, String> fields) {
            StringBuilder sb = new StringBuilder();
            fields.forEach((k, v) -> {
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(k).append('=').append(v);
            });
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Dispatcher bootstrap; kept in a nested class so launching it does not initialize PayloadCodec. */
    public static final class DispatcherStartup {
        public static void main(String[] args) throws Exception {
            Map<String, String> event = new LinkedHashMap<>();
            event.put("type", "invoice.paid");
            event.put("id", "7");

            ExecutorService dispatchers = Executors.newFixedThreadPool(2);
            Future<byte[]> dispatcher = dispatchers.submit(
                    () -> PayloadCodec.forContentType("application/json").encode(event));
            Future<byte[]> crmIntegration = dispatchers.submit(
                    () -> new PayloadCodec.Json().encode(event));

            System.out.println(new String(dispatcher.get(), StandardCharsets.UTF_8));
            System.out.println(new String(crmIntegration.get(), StandardCharsets.UTF_8));
            dispatchers.shutdown();
        }
    }
}
