package publication.unsafelazyinit;

import java.util.HashMap;
import java.util.Map;

/** Lazily built value whose state is all in final fields: final-field semantics publish it safely, and building it twice only wastes work. */
public class GoodLazyFinalFieldsValue {

    static final class Settings {
        private final Map<String, String> values = new HashMap<>();

        Settings(String host, int port) {
            values.put("host", host);
            values.put("port", Integer.toString(port));
        }

        String address() {
            return values.get("host") + ":" + values.get("port");
        }
    }

    private volatile boolean closed;
    private Settings settings;

    public String address() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (settings == null) {
            settings = new Settings("localhost", 8080);
        }
        return settings.address();
    }

    public void close() {
        closed = true;
    }
}
