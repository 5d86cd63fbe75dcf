package publication.unsafelazyinit;

import java.util.HashMap;
import java.util.Map;

/** A static codec registry created on first use by a factory method, with no lock: it can be built twice and seen half-filled. */
public final class BadStaticFactoryCall {
    private static Map<String, String> codecs;

    private BadStaticFactoryCall() {
    }

    public static String codecFor(String contentType) {
        if (codecs == null) {
            codecs = createCodecs(); // expect: UnsafeLazyInit
        }
        return codecs.getOrDefault(contentType, "identity");
    }

    private static Map<String, String> createCodecs() {
        Map<String, String> m = new HashMap<>();
        m.put("application/json", "json");
        m.put("application/x-protobuf", "protobuf");
        return m;
    }
}
