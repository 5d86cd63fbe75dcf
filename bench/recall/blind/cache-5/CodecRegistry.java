// EXPECT: none
package probe5.cache;

// OK: the singleton is created via the initialization-on-demand holder idiom (class init is thread-safe), its map is immutable, and the cached summary is a volatile, idempotently computed String

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Process-wide registry of text codecs used by the wire protocol layer.
 * The registry is built lazily the first time any component asks for it.
 */
public final class CodecRegistry {

    /** Encodes and decodes message payloads. */
    public interface Codec {
        byte[] encode(String text);

        String decode(byte[] bytes);
    }

    private final Map<String, Codec> codecs;
    private volatile String summary;

    private CodecRegistry() {
        Map<String, Codec> m = new HashMap<>();
        m.put("utf8", charsetCodec(StandardCharsets.UTF_8));
        m.put("latin1", charsetCodec(StandardCharsets.ISO_8859_1));
        m.put("ascii", charsetCodec(StandardCharsets.US_ASCII));
        this.codecs = Map.copyOf(m);
    }

    private static final class Holder {
        static final CodecRegistry INSTANCE = new CodecRegistry();
    }

    public static CodecRegistry getInstance() {
        return Holder.INSTANCE;
    }

    public Codec codec(String name) {
        Codec codec = codecs.get(name);
        if (codec == null) {
            throw new IllegalArgumentException("unknown codec: " + name);
        }
        return codec;
    }

    /** Human-readable list of codecs; computing it twice under a race is harmless. */
    public String summary() {
        String s = summary;
        if (s == null) {
            s = String.join(",", new TreeSet<>(codecs.keySet()));
            summary = s;
        }
        return s;
    }

    private static Codec charsetCodec(Charset charset) {
        return new Codec() {
            @Override
            public byte[] encode(String text) {
                return text.getBytes(charset);
            }

            @Override
            public String decode(byte[] bytes) {
                return new String(bytes, charset);
            }
        };
    }

    public static void main(String[] args) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                Codec utf8 = CodecRegistry.getInstance().codec("utf8");
                System.out.println(utf8.decode(utf8.encode("ping")) + " " + CodecRegistry.getInstance().summary());
            }, "protocol-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
