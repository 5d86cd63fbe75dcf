// EXPECT: lazy-init @ line 27
package recall2;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Looks up compression codecs by name. The codec table is built on first use, which can
 * happen on any of the I/O threads of the server.
 */
public final class CodecFactory {

    public interface Codec {
        byte[] compress(byte[] in);

        String name();
    }

    private static Map<String, Codec> codecs;

    private CodecFactory() {
    }

    public static Codec forName(String name) {
        if (codecs == null) {
            codecs = loadCodecs();
        }
        Codec c = codecs.get(name.toLowerCase(Locale.ROOT));
        if (c == null) {
            throw new IllegalArgumentException("unknown codec " + name);
        }
        return c;
    }

    private static Map<String, Codec> loadCodecs() {
        Map<String, Codec> m = new HashMap<>();
        m.put("identity", codec("identity"));
        m.put("gzip", codec("gzip"));
        m.put("snappy", codec("snappy"));
        return m;
    }

    private static Codec codec(String name) {
        return new Codec() {
            @Override
            public byte[] compress(byte[] in) {
                return in.clone();
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}
